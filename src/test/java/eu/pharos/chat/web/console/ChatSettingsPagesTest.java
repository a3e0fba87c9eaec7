package eu.pharos.chat.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.chat.settings.ChatConsoleSettings;
import eu.pharos.chat.settings.ConsoleSettings;
import eu.pharos.helpline.supervision.TestTeam;
import eu.pharos.identity.Role;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The organisation admin's chat settings, each organisation on its own row (a team of its own per
 * test, so that the demo organisation's settings stay as they are).
 */
@PharosTest
class ChatSettingsPagesTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ChatConsoleSettings settings;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataCipher cipher;

  TenancyCheck tenancy;
  TestTeam team;
  String admin;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    team = TestTeam.create(jdbc, cipher);
    team.person("Ada Admin", Role.ORG_ADMIN);
    admin = team.email("Ada Admin");
  }

  @Test
  void anAdminSavesTheSettingsAndZeroRetentionIsAllowed() throws Exception {
    Document shown = page(get("/app/chat/settings"), admin, 200);
    assertThat(shown.selectFirst("#snippet").text())
        .contains("/chat/embed.js")
        .contains("data-organisation=\"" + team.organisationId() + "\"");

    page(
        post("/app/chat/settings")
            .with(csrf())
            .param("retentionDays", "0")
            .param("maskContactDetails", "true")
            .param("replyTargetHours", "12")
            .param("emergencyProtocol", "Call 112, then the duty supervisor.")
            .param("version", "0"),
        admin,
        302);

    ConsoleSettings saved = tenancy.asUser(admin, () -> settings.current());
    assertThat(saved.retentionDays()).isZero();
    assertThat(saved.maskContactDetails()).isTrue();
    assertThat(saved.replyTargetHours()).isEqualTo(12);
    assertThat(saved.emergencyProtocol()).isEqualTo("Call 112, then the duty supervisor.");
    assertThat(page(get("/app/chat/settings"), admin, 200).selectFirst("#emergencyProtocol").text())
        .isEqualTo("Call 112, then the duty supervisor.");
  }

  @Test
  void badNumbersAreNamedBesideTheirFieldsAndTheTypedTextIsKept() throws Exception {
    Document refused =
        page(
            post("/app/chat/settings")
                .with(csrf())
                .param("retentionDays", "ten")
                .param("replyTargetHours", "500")
                .param("emergencyProtocol", "Kept")
                .param("version", "0"),
            admin,
            400);
    assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#retentionDays", "#replyTargetHours");
    assertThat(refused.selectFirst("#retentionDays-error")).isNotNull();
    assertThat(refused.selectFirst("#retentionDays").val()).isEqualTo("ten");
    assertThat(refused.selectFirst("#emergencyProtocol").text()).isEqualTo("Kept");
    assertThat(tenancy.asUser(admin, () -> settings.current()).version()).isZero();
  }

  @Test
  void aSaveOverAnotherAdminsSaveIsAConflict() throws Exception {
    tenancy.asUser(admin, () -> settings.save(new ConsoleSettings(10, false, 24, "", 0)));
    Document conflict =
        page(
            post("/app/chat/settings")
                .with(csrf())
                .param("retentionDays", "5")
                .param("replyTargetHours", "24")
                .param("version", "0"),
            admin,
            409);
    assertThat(conflict.selectFirst("input[name=version]").val()).isEqualTo("1");
    assertThat(tenancy.asUser(admin, () -> settings.current()).retentionDays()).isEqualTo(10);
  }

  @Test
  void onlyAnOrganisationAdminOpensTheSettings() throws Exception {
    page(get("/app/chat/settings"), "supervisor.apav@pharos.test", 403);
    page(get("/app/chat/settings"), "advisor.apav@pharos.test", 403);
    page(get("/app/chat/settings"), "orgadmin.apav@pharos.test", 200);
  }

  private Document page(MockHttpServletRequestBuilder request, String user, int expected)
      throws Exception {
    var response = mvc.perform(request.with(tenancy.as(user))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString());
  }
}
