package eu.pharos.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.identity.Role;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PharosTest
class AccountSecondFactorTest {

  static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired UserDetailsService userDetails;

  TestAccounts accounts;
  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(context);
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void aMemberMayEnrolVoluntarilyAndIsThenAskedForTheCodeAtSignIn() throws Exception {
    var member = accounts.active("FV", EnumSet.of(Role.MEMBER), null);
    mvc.perform(get("/app/account/second-factor").with(tenancy.as(member.email())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Set up a second factor")));
    String page =
        mvc.perform(get("/app/account/second-factor/enrol").with(tenancy.as(member.email())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String secret = find(page, "<code id=\"secret\">([A-Z2-7]+)</code>");

    mvc.perform(
            post("/app/account/second-factor/enrol")
                .with(tenancy.as(member.email()))
                .with(csrf())
                .param("sealedSecret", find(page, "name=\"sealedSecret\" value=\"([^\"]+)\""))
                .param("code", SignInFlow.codeFor(secret, SignInFlow.currentStep())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Save your recovery codes")));

    new SignInFlow(mvc)
        .password(member.email(), TestAccounts.PASSWORD)
        .andExpect(redirectedUrl("/login/second-factor"));
  }

  @Test
  void resettingOnesOwnSecondFactorNeedsACurrentCode() throws Exception {
    var advisor = accounts.active("APAV", EnumSet.of(Role.ADVISOR), SECRET);
    String stored = accounts.storedSecret(advisor.id());

    settingsPost(advisor.email(), "reset", "")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Enter the code")));
    settingsPost(advisor.email(), "reset", "not a code")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("The code is not right")));
    assertThat(accounts.storedSecret(advisor.id())).isEqualTo(stored);

    settingsPost(advisor.email(), "reset", SignInFlow.codeFor(SECRET, SignInFlow.currentStep()))
        .andExpect(redirectedUrl("/app/account/second-factor/enrol"));

    assertThat(accounts.storedSecret(advisor.id())).isNull();
    assertThat(accounts.auditCount("identity.second-factor.reset", advisor.id())).isEqualTo(1);
  }

  @Test
  void newRecoveryCodesReplaceTheOldOnes() throws Exception {
    var advisor = accounts.active("APAV", EnumSet.of(Role.ADVISOR), SECRET);
    long step = SignInFlow.currentStep();
    List<String> first =
        codes(
            settingsPost(advisor.email(), "recovery-codes", SignInFlow.codeFor(SECRET, step - 1)));
    List<String> second =
        codes(settingsPost(advisor.email(), "recovery-codes", SignInFlow.codeFor(SECRET, step)));

    assertThat(first).hasSize(10);
    assertThat(second).hasSize(10).doesNotContainAnyElementsOf(first);
    SignInFlow withOldCode = new SignInFlow(mvc);
    withOldCode.password(advisor.email(), TestAccounts.PASSWORD);
    withOldCode.code(first.get(0)).andExpect(status().isOk());
    SignInFlow withNewCode = new SignInFlow(mvc);
    withNewCode.password(advisor.email(), TestAccounts.PASSWORD);
    withNewCode.code(second.get(0)).andExpect(redirectedUrl("/app"));
  }

  private ResultActions settingsPost(String email, String action, String code) throws Exception {
    return mvc.perform(
        post("/app/account/second-factor/" + action)
            .with(tenancy.as(email))
            .with(csrf())
            .param("code", code));
  }

  private static List<String> codes(ResultActions result) throws Exception {
    return Pattern.compile("<code>([a-z0-9-]{19})</code>")
        .matcher(result.andReturn().getResponse().getContentAsString())
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  private static String find(String page, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(page);
    assertThat(matcher.find()).as("page contains %s", regex).isTrue();
    return matcher.group(1);
  }
}
