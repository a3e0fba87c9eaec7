package eu.pharos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.test.PharosTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Embedded mode: mail is kept in the outbox for an administrator to read. */
@PharosTest
class OutboxTest {

  @Autowired Mailer mailer;
  @Autowired Outbox outbox;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Test
  void keepsMailForTheNetworkAdministratorToRead() throws Exception {
    mailer.send(new OutgoingMail("new.colleague@pharos.test", "Welcome to Pharos", "Link: /x/1"));

    assertThat(outbox.latest(10))
        .anySatisfy(m -> assertThat(m.subject()).isEqualTo("Welcome to Pharos"));
    mvc.perform(get("/app/admin/outbox").with(user(users.loadUserByUsername("admin@pharos.test"))))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("new.colleague@pharos.test")));
  }

  @Test
  void hidesTheOutboxFromOtherRoles() throws Exception {
    mvc.perform(
            get("/app/admin/outbox")
                .with(user(users.loadUserByUsername("secretariat@pharos.test"))))
        .andExpect(status().isForbidden());
  }
}
