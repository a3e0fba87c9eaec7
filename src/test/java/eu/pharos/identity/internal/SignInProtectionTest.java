package eu.pharos.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.identity.Role;
import eu.pharos.test.PharosTest;
import java.time.Duration;
import java.util.EnumSet;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Lockout, rate limit and idle timeout: what stands between a guesser and an account. */
@PharosTest
class SignInProtectionTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ServerProperties server;

  TestAccounts accounts;

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(context);
  }

  @Test
  void fiveWrongPasswordsLockTheAccountAndTheMessageStaysTheSame() throws Exception {
    var member = accounts.active("FV", EnumSet.of(Role.MEMBER), null);
    SignInFlow flow = new SignInFlow(mvc);
    for (int i = 1; i <= 4; i++) {
      flow.password(member.email(), "wrong " + i).andExpect(redirectedUrl("/login?error"));
      assertThat(accounts.failedLogins(member.id())).isEqualTo(i);
    }
    assertThat(accounts.isLocked(member.id())).isFalse();

    flow.password(member.email(), "wrong 5").andExpect(redirectedUrl("/login?error"));

    assertThat(accounts.isLocked(member.id())).isTrue();
    assertThat(accounts.auditCount("auth.locked", member.id())).isEqualTo(1);
    flow.password(member.email(), TestAccounts.PASSWORD).andExpect(redirectedUrl("/login?error"));
    flow.password("nobody-" + member.email(), "whatever").andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/login").param("error", ""))
        .andExpect(
            content()
                .string(Matchers.containsString("The e-mail address or password is not right")));
  }

  @Test
  void theEleventhPostInAMinuteFromOneAddressGets429WithRetryAfter() throws Exception {
    SignInFlow flow = new SignInFlow(mvc);
    for (int i = 0; i < 10; i++) {
      flow.password("nobody@pharos.test", "guess " + i).andExpect(redirectedUrl("/login?error"));
    }

    flow.password("nobody@pharos.test", "guess 11")
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")))
        .andExpect(content().string(Matchers.containsString("Too many attempts")));
    mvc.perform(
            post("/password/forgot")
                .with(csrf())
                .with(flow.fromClient())
                .accept(MediaType.APPLICATION_JSON)
                .param("email", "nobody@pharos.test"))
        .andExpect(status().isTooManyRequests())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(429))
        .andExpect(jsonPath("$.title").value("Too many attempts"));
    mvc.perform(get("/login").with(flow.fromClient())).andExpect(status().isOk());
    new SignInFlow(mvc)
        .password("nobody@pharos.test", "another address")
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void theIdleTimeoutIsThirtyMinutes() {
    assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aStaffPageWithAnExpiredSessionLeadsToTheSignInPageWhichSaysWhy() throws Exception {
    mvc.perform(
            get("/app")
                .with(
                    request -> {
                      request.setRequestedSessionId("expired-session");
                      request.setRequestedSessionIdValid(false);
                      return request;
                    }))
        .andExpect(redirectedUrl("/login?expired"));

    mvc.perform(get("/login").param("expired", ""))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.containsString("You were signed out after a period of inactivity")));
  }

  @Test
  void aPublicPageWithAnExpiredSessionIsShownAgainNotTheSignIn() throws Exception {
    mvc.perform(
            get("/")
                .queryParam("lang", "fr")
                .with(
                    request -> {
                      request.setRequestedSessionId("expired-session");
                      request.setRequestedSessionIdValid(false);
                      return request;
                    }))
        .andExpect(redirectedUrl("/?lang=fr"));
  }
}
