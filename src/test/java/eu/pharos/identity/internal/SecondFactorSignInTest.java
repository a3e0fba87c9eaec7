package eu.pharos.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.identity.Role;
import eu.pharos.shared.StaffUser;
import eu.pharos.test.PharosTest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.web.servlet.MockMvc;

@PharosTest
class SecondFactorSignInTest {

  static final String DEMO_PASSWORD = "pharos-demo-2026";
  static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  TestAccounts accounts;

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(context);
  }

  @Test
  void theNetworkAdminIsSignedInOnlyAfterTheCodeFromTheDemoSecret() throws Exception {
    SignInFlow flow = new SignInFlow(mvc);

    flow.password("admin@pharos.test", DEMO_PASSWORD)
        .andExpect(redirectedUrl("/login/second-factor"));

    var pending = flow.authentication();
    assertThat(pending).isInstanceOf(SecondFactorPending.class);
    assertThat(pending.getPrincipal()).isNotInstanceOf(StaffUser.class);
    assertThat(pending.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("SECOND_FACTOR_PENDING");
    mvc.perform(get("/app").session(flow.session)).andExpect(redirectedUrl("/login/second-factor"));
    mvc.perform(get("/app/admin/users").session(flow.session))
        .andExpect(redirectedUrl("/login/second-factor"));
    mvc.perform(get("/login/second-factor").session(flow.session))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("authenticator app")));
    String sessionIdBeforeCode = flow.session.getId();

    flow.code(SignInFlow.codeFor("YMUBRXO7BBUFXY4JOGOJRUBDWZAFI6AI", SignInFlow.currentStep()))
        .andExpect(redirectedUrl("/app"));

    assertThat(flow.authentication().getPrincipal()).isInstanceOf(PharosUser.class);
    assertThat(flow.authentication().getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .contains(PharosUser.SIGNED_IN, "ROLE_NETWORK_ADMIN");
    assertThat(flow.session.getId()).isNotEqualTo(sessionIdBeforeCode);
    mvc.perform(get("/app").session(flow.session)).andExpect(status().isOk());
  }

  @Test
  void aUserWhoseRolesNeedNoSecondFactorSignsInWithThePasswordAlone() throws Exception {
    var member = accounts.active("FV", EnumSet.of(Role.MEMBER), null);
    SignInFlow flow = new SignInFlow(mvc);

    flow.password(member.email(), TestAccounts.PASSWORD).andExpect(redirectedUrl("/app"));

    assertThat(flow.authentication().getPrincipal()).isInstanceOf(PharosUser.class);
  }

  @Test
  void aReplayedCodeIsRefusedAndCounted() throws Exception {
    var advisor = accounts.active("APAV", EnumSet.of(Role.ADVISOR), SECRET);
    String code = SignInFlow.codeFor(SECRET, SignInFlow.currentStep());
    SignInFlow first = new SignInFlow(mvc);
    first.password(advisor.email(), TestAccounts.PASSWORD);
    first.code(code).andExpect(redirectedUrl("/app"));

    SignInFlow second = new SignInFlow(mvc);
    second.password(advisor.email(), TestAccounts.PASSWORD);
    second
        .code(code)
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("The code is not right")));

    assertThat(second.authentication()).isInstanceOf(SecondFactorPending.class);
    assertThat(accounts.failedLogins(advisor.id())).isEqualTo(1);
    assertThat(accounts.auditCount("auth.second-factor.failure", advisor.id())).isEqualTo(1);
  }

  @Test
  void aWrongCodeCountsTowardsTheLockoutAndFiveLockTheAccount() throws Exception {
    var advisor = accounts.active("APAV", EnumSet.of(Role.ADVISOR), SECRET);
    SignInFlow flow = new SignInFlow(mvc);
    flow.password(advisor.email(), TestAccounts.PASSWORD);

    for (int i = 1; i <= 4; i++) {
      flow.code(wrongCode()).andExpect(status().isOk());
      assertThat(accounts.failedLogins(advisor.id())).isEqualTo(i);
    }
    flow.code(wrongCode()).andExpect(redirectedUrl("/login?error"));

    assertThat(accounts.isLocked(advisor.id())).isTrue();
    assertThat(flow.authentication()).isNull();
    assertThat(accounts.auditCount("auth.locked", advisor.id())).isEqualTo(1);
    SignInFlow again = new SignInFlow(mvc);
    again.password(advisor.email(), TestAccounts.PASSWORD).andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void enrolmentShowsTheQrCodeAndTenRecoveryCodesEachOfWhichWorksOnce() throws Exception {
    var supervisor = accounts.active("APAV", EnumSet.of(Role.SUPERVISOR), null);
    SignInFlow flow = new SignInFlow(mvc);
    flow.password(supervisor.email(), TestAccounts.PASSWORD)
        .andExpect(redirectedUrl("/login/second-factor/enrol"));

    String page =
        mvc.perform(get("/login/second-factor/enrol").session(flow.session))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("src=\"data:image/png;base64,")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String secret = find(page, "<code id=\"secret\">([A-Z2-7]+)</code>");
    String sealed = find(page, "name=\"sealedSecret\" value=\"([^\"]+)\"");

    String codesPage =
        mvc.perform(
                post("/login/second-factor/enrol")
                    .session(flow.session)
                    .with(csrf())
                    .with(flow.fromClient())
                    .param("sealedSecret", sealed)
                    .param("code", SignInFlow.codeFor(secret, SignInFlow.currentStep())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> recoveryCodes =
        Pattern.compile("<code>([a-z0-9-]{19})</code>")
            .matcher(codesPage)
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
    assertThat(flow.authentication().getPrincipal()).isInstanceOf(PharosUser.class);
    assertThat(accounts.storedSecret(supervisor.id())).doesNotContain(secret).contains(".");
    assertThat(accounts.auditCount("auth.second-factor.enrolled", supervisor.id())).isEqualTo(1);

    SignInFlow withRecovery = new SignInFlow(mvc);
    withRecovery
        .password(supervisor.email(), TestAccounts.PASSWORD)
        .andExpect(redirectedUrl("/login/second-factor"));
    withRecovery.code(recoveryCodes.get(3).toUpperCase()).andExpect(redirectedUrl("/app"));
    assertThat(accounts.auditCount("auth.recovery-code.used", supervisor.id())).isEqualTo(1);

    SignInFlow reused = new SignInFlow(mvc);
    reused.password(supervisor.email(), TestAccounts.PASSWORD);
    reused
        .code(recoveryCodes.get(3))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("The code is not right")));
    assertThat(reused.authentication()).isInstanceOf(SecondFactorPending.class);
  }

  @Test
  void aWrongFirstCodeKeepsTheOfferedSecretAndStoresNothing() throws Exception {
    var supervisor = accounts.active("APAV", EnumSet.of(Role.SUPERVISOR), null);
    SignInFlow flow = new SignInFlow(mvc);
    flow.password(supervisor.email(), TestAccounts.PASSWORD);
    String page =
        mvc.perform(get("/login/second-factor/enrol").session(flow.session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String secret = find(page, "<code id=\"secret\">([A-Z2-7]+)</code>");
    String sealed = find(page, "name=\"sealedSecret\" value=\"([^\"]+)\"");

    mvc.perform(
            post("/login/second-factor/enrol")
                .session(flow.session)
                .with(csrf())
                .with(flow.fromClient())
                .param("sealedSecret", sealed)
                .param("code", "12345x"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("The code is not right")))
        .andExpect(content().string(Matchers.containsString(secret)));

    assertThat(accounts.storedSecret(supervisor.id())).isNull();
    assertThat(flow.authentication()).isInstanceOf(SecondFactorPending.class);
  }

  @Test
  void thePendingStateExpiresAfterFiveMinutes() throws Exception {
    var advisor = accounts.active("APAV", EnumSet.of(Role.ADVISOR), SECRET);
    SignInFlow flow = new SignInFlow(mvc);
    flow.session.setAttribute(
        "SPRING_SECURITY_CONTEXT",
        new SecurityContextImpl(
            new SecondFactorPending(
                advisor.id(), advisor.email(), Instant.now().minus(SecondFactorPending.TIMEOUT))));

    flow.code(SignInFlow.codeFor(SECRET, SignInFlow.currentStep()))
        .andExpect(redirectedUrl("/login?timeout"));

    assertThat(flow.authentication()).isNull();
    mvc.perform(get("/login").param("timeout", ""))
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("The time to enter your code ran out")));
  }

  @Test
  void theCodePageWithoutAPasswordFirstLeadsToTheSignInPage() throws Exception {
    mvc.perform(get("/login/second-factor")).andExpect(redirectedUrl("/login"));
    mvc.perform(post("/login/second-factor").with(csrf()).param("code", "123456"))
        .andExpect(redirectedUrl("/login"));
    assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
  }

  private static String find(String page, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(page);
    assertThat(matcher.find()).as("page contains %s", regex).isTrue();
    return matcher.group(1);
  }

  private static String wrongCode() throws Exception {
    long step = SignInFlow.currentStep();
    Set<String> valid =
        Set.of(
            SignInFlow.codeFor(SECRET, step - 1),
            SignInFlow.codeFor(SECRET, step),
            SignInFlow.codeFor(SECRET, step + 1));
    for (int candidate = 100000; ; candidate++) {
      if (!valid.contains(Integer.toString(candidate))) {
        return Integer.toString(candidate);
      }
    }
  }
}
