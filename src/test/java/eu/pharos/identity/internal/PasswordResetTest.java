package eu.pharos.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.identity.Role;
import eu.pharos.platform.Outbox;
import eu.pharos.test.PharosTest;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PharosTest
class PasswordResetTest {

  static final String NEW_PASSWORD = "correct horse battery staple";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Outbox outbox;
  @Autowired JdbcTemplate jdbc;

  TestAccounts accounts;
  SignInFlow client;

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(context);
    client = new SignInFlow(mvc);
  }

  @Test
  void theAnswerIsTheSameWhetherOrNotTheAccountExistsAndOnlyAnAccountGetsMail() throws Exception {
    var member = accounts.active("FV", EnumSet.of(Role.MEMBER), null);

    String forUnknown =
        forgot("nobody-" + member.email())
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String forMember =
        forgot(member.email())
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(forUnknown).contains("If an account exists for that address");
    assertThat(forMember).isEqualTo(forUnknown);
    assertThat(mailsTo("nobody-" + member.email())).isEmpty();
    assertThat(mailsTo(member.email())).hasSize(1);
    assertThat(mailsTo(member.email()).get(0)).contains("http://localhost:8080/password/reset/");
  }

  @Test
  void aBlankOrMalformedAddressGetsAMessageOnTheField() throws Exception {
    forgot("")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Enter your e-mail address")));
    forgot("not-an-address")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("in the right format")));
  }

  @Test
  void theLinkSetsANewPasswordOnceUnlocksTheAccountAndEndsOlderLinks() throws Exception {
    var member = accounts.active("FV", EnumSet.of(Role.MEMBER), null);
    for (int i = 0; i < 5; i++) {
      client.password(member.email(), "wrong password " + i);
    }
    assertThat(accounts.isLocked(member.id())).isTrue();
    forgot(member.email());
    forgot(member.email());
    List<String> links = mailsTo(member.email()).stream().map(PasswordResetTest::token).toList();
    String newest = links.get(0);
    String older = links.get(1);

    mvc.perform(get("/password/reset/" + newest))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Choose a new password")));
    reset(newest, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?reset"));

    assertThat(accounts.isLocked(member.id())).isFalse();
    assertThat(accounts.auditCount("identity.password.reset", member.id())).isEqualTo(1);
    new SignInFlow(mvc).password(member.email(), NEW_PASSWORD).andExpect(redirectedUrl("/app"));
    reset(newest, "another password 2026", "another password 2026")
        .andExpect(status().isGone())
        .andExpect(content().string(Matchers.containsString("This link has expired")));
    mvc.perform(get("/password/reset/" + older)).andExpect(status().isGone());
    mvc.perform(get("/login").param("reset", ""))
        .andExpect(content().string(Matchers.containsString("Your password has been changed")));
  }

  @Test
  void anExpiredLinkGets410AndChangesNothing() throws Exception {
    var member = accounts.active("FV", EnumSet.of(Role.MEMBER), null);
    forgot(member.email());
    String link = token(mailsTo(member.email()).get(0));
    jdbc.update(
        "update identity_user_token set expires_at = created_at - interval '1' minute"
            + " where user_id = ?",
        member.id());
    String hashBefore = passwordHash(member);

    mvc.perform(get("/password/reset/" + link))
        .andExpect(status().isGone())
        .andExpect(content().string(Matchers.containsString("This link has expired")));
    reset(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isGone());

    assertThat(passwordHash(member)).isEqualTo(hashBefore);
  }

  @Test
  void anUnknownOrMangledLinkGets404() throws Exception {
    mvc.perform(get("/password/reset/" + "A".repeat(43)))
        .andExpect(status().isNotFound())
        .andExpect(content().string(Matchers.containsString("This link has expired")));
    mvc.perform(get("/password/reset/short")).andExpect(status().isNotFound());
    reset("x".repeat(500), NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isNotFound());
  }

  @Test
  void eachBadPasswordGetsItsMessageAndTheLinkStaysUsable() throws Exception {
    var member = accounts.active("FV", EnumSet.of(Role.MEMBER), null);
    forgot(member.email());
    String link = token(mailsTo(member.email()).get(0));
    String hashBefore = passwordHash(member);

    reset(link, "", "")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Enter a new password")));
    reset(link, "too short", "too short")
        .andExpect(content().string(Matchers.containsString("at least 12 characters")));
    reset(link, "x".repeat(201), "x".repeat(201))
        .andExpect(content().string(Matchers.containsString("at most 200 characters")));
    reset(link, NEW_PASSWORD, NEW_PASSWORD + "!")
        .andExpect(content().string(Matchers.containsString("The two passwords are not the same")));
    reset(link, member.email().toUpperCase(), member.email().toUpperCase())
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("must not be your e-mail address")));

    assertThat(passwordHash(member)).isEqualTo(hashBefore);
    mvc.perform(get("/password/reset/" + link)).andExpect(status().isOk());
  }

  private ResultActions forgot(String email) throws Exception {
    return mvc.perform(
        post("/password/forgot").with(csrf()).with(client.fromClient()).param("email", email));
  }

  private ResultActions reset(String token, String password, String confirmation) throws Exception {
    return mvc.perform(
        post("/password/reset/" + token)
            .with(csrf())
            .with(client.fromClient())
            .param("password", password)
            .param("confirmation", confirmation));
  }

  private List<String> mailsTo(String email) {
    return outbox.latest(200).stream()
        .filter(m -> m.to().equals(email))
        .map(m -> m.body())
        .toList();
  }

  private String passwordHash(TestAccounts.Account account) {
    return jdbc.queryForObject(
        "select password_hash from identity_user where id = ?", String.class, account.id());
  }

  static String token(String mailBody) {
    Matcher matcher =
        Pattern.compile("/(?:password/reset|invitation)/([A-Za-z0-9_-]{43})").matcher(mailBody);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}
