package eu.pharos.chat.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.chat.routing.NetworkOffer;
import eu.pharos.chat.routing.NetworkOffers;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The "Serve the network" section of APAV's chat settings; APAV's row is put back after. */
@PharosTest
class ChatNetworkSettingsPagesTest {

  private static final String ADMIN = "orgadmin.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired NetworkOffers offers;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  UUID apav;
  List<Map<String, Object>> before;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    apav = tenancy.asUser(ADMIN, eu.pharos.shared.tenancy.TenantContext::current);
    before = jdbc.queryForList("select * from chat_network_offer where organisation_id = ?", apav);
    jdbc.update("delete from chat_network_offer where organisation_id = ?", apav);
  }

  @AfterEach
  void putBack() {
    jdbc.update("delete from chat_network_offer where organisation_id = ?", apav);
    for (Map<String, Object> row : before) {
      jdbc.update(
          "insert into chat_network_offer (organisation_id, serving, languages, hours, updated_at,"
              + " version) values (?, ?, ?, ?, ?, ?)",
          row.get("organisation_id"),
          row.get("serving"),
          row.get("languages"),
          row.get("hours"),
          row.get("updated_at"),
          row.get("version"));
    }
  }

  @Test
  void theSettingsPageHasTheSectionWithTheOrganisationsLanguagesAndAWeek() throws Exception {
    Document page = page(get("/app/chat/settings"), 200);

    assertThat(page.select("h2#network").text()).isEqualTo("Serve the network");
    assertThat(page.select("form#network-form").attr("action"))
        .isEqualTo("/app/chat/settings/network");
    assertThat(page.select("input[name=networkLanguages]").eachAttr("value"))
        .containsExactly("pt", "en");
    assertThat(page.select("label[for=networkLanguages]").text()).isEqualTo("Portuguese");
    assertThat(page.select("input#network-MONDAY-from")).hasSize(1);
    assertThat(page.select("label[for=network-SUNDAY-to]").text()).isEqualTo("To, Sunday");
    assertThat(page.select("input#networkServing").hasAttr("checked")).isFalse();
  }

  @Test
  void anAdminOffersLanguagesAndHoursToTheNetwork() throws Exception {
    page(
        post("/app/chat/settings/network")
            .with(csrf())
            .param("networkServing", "true")
            .param("networkLanguages", "en")
            .param("network-MONDAY-from", "9:00")
            .param("network-MONDAY-to", "17:30")
            .param("network-SATURDAY-from", "20:00")
            .param("network-SATURDAY-to", "24:00")
            .param("networkVersion", "0"),
        302);

    NetworkOffer saved = tenancy.asUser(ADMIN, offers::current);
    assertThat(saved.serving()).isTrue();
    assertThat(saved.languages()).containsExactly("en");
    assertThat(saved.hours().toText()).isEqualTo("MON 09:00-17:30; SAT 20:00-24:00");
    assertThat(saved.on(DayOfWeek.MONDAY).orElseThrow().from()).isEqualTo(LocalTime.of(9, 0));
    Document shown = page(get("/app/chat/settings"), 200);
    assertThat(shown.select("input#networkServing").hasAttr("checked")).isTrue();
    assertThat(shown.select("input[name=networkLanguages][checked]").eachAttr("value"))
        .containsExactly("en");
    assertThat(shown.select("input#network-MONDAY-from").val()).isEqualTo("09:00");
    assertThat(shown.select("input#network-SATURDAY-to").val()).isEqualTo("24:00");
    assertThat(shown.select("input[name=networkVersion]").val()).isEqualTo("1");
  }

  @Test
  void anUnknownLanguageIsNamedBesideTheLanguages() throws Exception {
    Document refused =
        page(
            post("/app/chat/settings/network")
                .with(csrf())
                .param("networkServing", "true")
                .param("networkLanguages", "xx")
                .param("network-MONDAY-from", "09:00")
                .param("network-MONDAY-to", "17:00")
                .param("networkVersion", "0"),
            400);

    assertThat(refused.select("#network-form .govuk-error-summary a").eachAttr("href"))
        .containsExactly("#networkLanguages");
    assertThat(refused.select("#networkLanguages-error").text())
        .contains("“xx” is not one of your organisation’s languages");
    assertThat(refused.select("input#network-MONDAY-to").val()).isEqualTo("17:00");
    assertThat(refused.select("#retentionDays")).hasSize(1);
    assertThat(tenancy.asUser(ADMIN, offers::current).version()).isZero();
  }

  @Test
  void hoursEndingBeforeTheyStartOrUnreadableAreNamedBesideTheirDay() throws Exception {
    Document refused =
        page(
            post("/app/chat/settings/network")
                .with(csrf())
                .param("networkServing", "true")
                .param("networkLanguages", "en")
                .param("network-TUESDAY-from", "17:00")
                .param("network-TUESDAY-to", "09:00")
                .param("network-WEDNESDAY-from", "9h")
                .param("network-WEDNESDAY-to", "12:00")
                .param("network-FRIDAY-from", "10:00")
                .param("networkVersion", "0"),
            400);

    assertThat(refused.select("#network-form .govuk-error-summary a").eachAttr("href"))
        .containsExactly("#network-TUESDAY-to", "#network-WEDNESDAY-from", "#network-FRIDAY-to");
    assertThat(refused.select("#network-TUESDAY-to-error").text())
        .contains("The end must be after the start");
    assertThat(refused.select("#network-WEDNESDAY-from-error").text())
        .contains("Enter a time as HH:MM");
    assertThat(refused.select("#network-FRIDAY-to-error").text())
        .contains("Enter both times of the day, or neither");
    assertThat(refused.select("input#network-TUESDAY-from").val()).isEqualTo("17:00");
    assertThat(refused.select("input#network-WEDNESDAY-from").val()).isEqualTo("9h");
    assertThat(tenancy.asUser(ADMIN, offers::current).version()).isZero();
  }

  @Test
  void servingNeedsALanguageAndSomeHours() throws Exception {
    Document refused =
        page(
            post("/app/chat/settings/network")
                .with(csrf())
                .param("networkServing", "true")
                .param("networkVersion", "0"),
            400);

    assertThat(refused.select("#network-form .govuk-error-summary a").eachAttr("href"))
        .containsExactly("#networkLanguages", "#networkHours");
  }

  @Test
  void aSaveOverAnotherAdminsSaveIsAConflict() throws Exception {
    page(
        post("/app/chat/settings/network")
            .with(csrf())
            .param("networkServing", "false")
            .param("networkVersion", "0"),
        302);

    Document conflict =
        page(
            post("/app/chat/settings/network")
                .with(csrf())
                .param("networkServing", "true")
                .param("networkLanguages", "pt")
                .param("network-MONDAY-from", "09:00")
                .param("network-MONDAY-to", "12:00")
                .param("networkVersion", "0"),
            409);

    assertThat(conflict.select("input[name=networkVersion]").val()).isEqualTo("1");
    assertThat(tenancy.asUser(ADMIN, offers::current).serving()).isFalse();
  }

  @Test
  void onlyAnOrganisationAdminChangesWhatItOffers() throws Exception {
    var response =
        mvc.perform(
                post("/app/chat/settings/network")
                    .with(csrf())
                    .with(tenancy.as("supervisor.apav@pharos.test"))
                    .param("networkServing", "true"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(403);
  }

  private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
    var response =
        mvc.perform(request.param("lang", "en").with(tenancy.as(ADMIN))).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString());
  }
}
