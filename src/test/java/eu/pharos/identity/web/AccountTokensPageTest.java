package eu.pharos.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.identity.ApiTokenView;
import eu.pharos.identity.ApiTokens;
import eu.pharos.identity.CreatedApiToken;
import eu.pharos.identity.NewApiToken;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The API token pages under Your account, without JavaScript. */
@PharosTest
class AccountTokensPageTest {

  static final String USER = "supervisor.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ApiTokens tokens;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void theAccountPageLeadsToTheTokens() throws Exception {
    mvc.perform(get("/app/account").with(tenancy.as(USER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/app/account/tokens\"")))
        .andExpect(content().string(containsString("API tokens")));
  }

  @Test
  void creatingATokenShowsItOnceAndThenOnlyItsName() throws Exception {
    String page =
        mvc.perform(
                post("/app/account/tokens")
                    .with(tenancy.as(USER))
                    .with(csrf())
                    .param("name", "Monthly statistics")
                    .param("validityDays", "30"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("API token created")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Matcher token = Pattern.compile("pharos_[A-Za-z0-9_-]{43}").matcher(page);
    assertThat(token.find()).as("the new token is on the page").isTrue();

    mvc.perform(get("/app/account/tokens").with(tenancy.as(USER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Monthly statistics")))
        .andExpect(content().string(not(containsString(token.group()))));
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.group()))
        .andExpect(status().isOk());
  }

  @Test
  void aTokenWithoutNameIsRefusedWithAMessageOnTheForm() throws Exception {
    int before = mine().size();

    mvc.perform(
            post("/app/account/tokens")
                .with(tenancy.as(USER))
                .with(csrf())
                .param("name", "  ")
                .param("validityDays", "90"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("govuk-error-summary")))
        .andExpect(content().string(containsString("Enter a name for the token")))
        .andExpect(content().string(not(containsString("API token created"))));
    assertThat(mine()).hasSize(before);
  }

  @Test
  void aValidityOutsideTheLimitsIsRefusedAndTheNameIsKept() throws Exception {
    mvc.perform(
            post("/app/account/tokens")
                .with(tenancy.as(USER))
                .with(csrf())
                .param("name", "Forever")
                .param("validityDays", "3650"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("after 1 to 365 days")))
        .andExpect(content().string(containsString("value=\"Forever\"")));
    mvc.perform(
            post("/app/account/tokens")
                .with(tenancy.as(USER))
                .with(csrf())
                .param("name", "Typo")
                .param("validityDays", "ninety"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("govuk-error-summary")))
        .andExpect(content().string(containsString("after 1 to 365 days")))
        .andExpect(content().string(not(containsString("Failed to convert"))));
  }

  @Test
  void revokingATokenRemovesItAndSaysSo() throws Exception {
    CreatedApiToken created =
        tenancy.asUser(USER, () -> tokens.create(new NewApiToken("Old integration", null)));

    mvc.perform(
            post("/app/account/tokens/" + created.token().id() + "/revoke")
                .with(tenancy.as(USER))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/app/account/tokens"))
        .andExpect(flash().attribute("revokedName", "Old integration"));

    assertThat(mine()).noneMatch(token -> token.id().equals(created.token().id()));
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void revokingAnotherUsersTokenIsNotFound() throws Exception {
    CreatedApiToken created =
        tenancy.asUser(
            "advisor.apav@pharos.test", () -> tokens.create(new NewApiToken("Not yours", null)));

    mvc.perform(
            post("/app/account/tokens/" + created.token().id() + "/revoke")
                .with(tenancy.as(USER))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/app/account/tokens/" + UUID.randomUUID() + "/revoke")
                .with(tenancy.as(USER))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  private List<ApiTokenView> mine() {
    return tenancy.asUser(USER, () -> tokens.mine());
  }
}
