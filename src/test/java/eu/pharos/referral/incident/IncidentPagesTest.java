package eu.pharos.referral.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.referral.IncidentView;
import eu.pharos.referral.Incidents;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The incident pages: each bad input shown beside its field with the input kept, answered 400. */
@PharosTest
class IncidentPagesTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String APAV_ADVISOR = "advisor.apav@pharos.test";
  static final String WR_DE_ADVISOR = "advisor.wr-de@pharos.test";
  static final String FV_MEMBER = "member.fv@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Incidents incidents;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void aDeclarationWithBadValuesShowsEachMessageBesideItsFieldAndKeepsTheInput() throws Exception {
    Document refused =
        page(
            post("/app/incidents")
                .with(csrf())
                .param("title", "")
                .param("summary", "A fire in a hotel.")
                .param("place", "Lisbon")
                .param("countryCode", "")
                .param("occurredAt", "31/02/2026")
                .param("leadOrganisationId", "")
                .param("languages", "pt, xx"),
            SECRETARIAT,
            400);
    assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly(
            "#occurredAt", "#title", "#countryCode", "#leadOrganisationId", "#languages");
    assertThat(refused.selectFirst("#title-error").text()).contains("Enter a title");
    assertThat(refused.selectFirst("#occurredAt-error").text()).contains("Enter a real date");
    assertThat(refused.selectFirst("#countryCode-error").text()).contains("Choose a country");
    assertThat(refused.selectFirst("#leadOrganisationId-error").text())
        .contains("Choose the lead organisation");
    assertThat(refused.selectFirst("#languages-error").text()).contains("two-letter");
    assertThat(refused.selectFirst("#place").val()).isEqualTo("Lisbon");
    assertThat(refused.selectFirst("#summary").text()).isEqualTo("A fire in a hotel.");
    assertThat(refused.selectFirst("#occurredAt").val()).isEqualTo("31/02/2026");
    assertThat(refused.selectFirst("#languages").val()).isEqualTo("pt, xx");
  }

  @Test
  void aDeclaredIncidentTakesPersonsAndShowsNamesToTheirOwnOrganisationOnly() throws Exception {
    String apav = apav().toString();
    String title = "Hotel fire " + UUID.randomUUID().toString().substring(0, 6);
    MvcResult declared =
        mvc.perform(
                post("/app/incidents")
                    .with(tenancy.as(SECRETARIAT))
                    .with(csrf())
                    .param("title", title)
                    .param("summary", "A fire in a hotel.")
                    .param("place", "Porto")
                    .param("countryCode", "PT")
                    .param("occurredAt", LocalDate.now().minusDays(1).toString())
                    .param("occurredTime", "22:15")
                    .param("leadOrganisationId", apav)
                    .param("languages", "pt, en"))
            .andReturn();
    assertThat(declared.getResponse().getStatus()).isEqualTo(302);
    String path = declared.getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    assertThat(page(get(path), FV_MEMBER, 200).selectFirst("h1").text()).isEqualTo(title);

    // A person without kind, with a consent ticked but no item: both refused, the name kept.
    Document refused =
        page(
            post(path + "/persons")
                .with(csrf())
                .param("fullName", "Rui Fire Test")
                .param("residenceCountry", "DE")
                .param("language", "de")
                .param("consentGiven", "true")
                .param("consentPurpose", "Support at home")
                .param("consentMethod", "WRITTEN")
                .param("consentGivenAt", "yesterday")
                .param("consentValidUntil", LocalDate.now().plusMonths(1).toString()),
            APAV_ADVISOR,
            400);
    assertThat(refused.selectFirst("#kind-error").text()).contains("Choose how the person");
    assertThat(refused.selectFirst("#consentItems-error").text()).contains("at least one item");
    assertThat(refused.selectFirst("#consentGivenAt-error").text()).contains("real date");
    assertThat(refused.selectFirst("#fullName").val()).isEqualTo("Rui Fire Test");
    assertThat(refused.selectFirst("#residenceCountry option[selected]").val()).isEqualTo("DE");
    assertThat(refused.selectFirst("#consentGiven").hasAttr("checked")).isTrue();

    page(
        post(path + "/persons")
            .with(csrf())
            .param("fullName", "Rui Fire Test")
            .param("kind", "VICTIM")
            .param("residenceCountry", "DE")
            .param("language", "de")
            .param("consentGiven", "true")
            .param("consentItems", "FULL_NAME", "PREFERRED_LANGUAGE")
            .param("consentPurpose", "Support at home")
            .param("consentMethod", "WRITTEN")
            .param("consentGivenAt", LocalDate.now().toString())
            .param("consentValidUntil", LocalDate.now().plusMonths(1).toString()),
        APAV_ADVISOR,
        302);

    Document own = page(get(path), APAV_ADVISOR, 200);
    assertThat(own.select("#board-rows tr[data-own=true]").text()).contains("Rui Fire Test");
    assertThat(own.select("#board-counts tr[data-country=DE] [data-status=REGISTERED]").text())
        .isEqualTo("1");
    assertThat(own.select("a[data-refer=DE]")).hasSize(1);
    Document other = page(get(path), WR_DE_ADVISOR, 200);
    assertThat(other.html()).doesNotContain("Rui Fire Test");
    assertThat(other.select("#board-rows tr[data-own=false]")).hasSize(1);
    assertThat(other.select("a[data-refer]")).isEmpty();

    // The batch form without a receiver or service keeps the message.
    Document noReceiver =
        page(
            post(path + "/refer/DE")
                .with(csrf())
                .param("urgency", "URGENT")
                .param("message", "Coach passengers from the fire."),
            APAV_ADVISOR,
            400);
    assertThat(noReceiver.selectFirst("#receiverOrganisationId-error").text())
        .contains("Choose a member");
    assertThat(noReceiver.selectFirst("#service-error").text()).contains("Choose a service");
    assertThat(noReceiver.selectFirst("#message").text())
        .isEqualTo("Coach passengers from the fire.");
    assertThat(noReceiver.selectFirst("#urgency-URGENT").hasAttr("checked")).isTrue();
    assertThat(noReceiver.select("#receiverOrganisationId option").eachAttr("value"))
        .contains(organisation("WR-DE").toString());

    // With a receiver and a service, the batch goes and its result page lists the referral.
    UUID wrDe = organisation("WR-DE");
    Document batch =
        page(
            post(path + "/refer/DE")
                .with(csrf())
                .param("receiverOrganisationId", wrDe.toString())
                .param("service", "INFORMATION_EMOTIONAL_SUPPORT")
                .param("urgency", "STANDARD")
                .param("message", "Coach passengers from the fire."),
            APAV_ADVISOR,
            200);
    assertThat(batch.select("#sent tr[data-referral]")).hasSize(1);
    assertThat(batch.select("#skipped")).isEmpty();
    assertThat(
            page(get(path), SECRETARIAT, 200)
                .select("#board-counts tr[data-country=DE] [data-status=REFERRED]")
                .text())
        .isEqualTo("1");

    // An empty log entry is refused beside the field.
    Document emptyLog =
        page(post(path + "/log").with(csrf()).param("text", "  "), WR_DE_ADVISOR, 400);
    assertThat(emptyLog.selectFirst("#text-error").text()).contains("Enter a decision");
    page(post(path + "/log").with(csrf()).param("text", "Call at ten."), WR_DE_ADVISOR, 302);
    assertThat(page(get(path), SECRETARIAT, 200).select("#log-entries").text())
        .contains("Call at ten.");
    assertThat(tenancy.asUser(SECRETARIAT, () -> incidents.get(id)).title()).isEqualTo(title);
  }

  @Test
  void everyoneOfTheNetworkSeesTheListAndOnlyDeclarersTheButton() throws Exception {
    IncidentView incident =
        tenancy.asUser(
            SECRETARIAT, () -> incidents.declare(IncidentsTest.incident("Quake", apav())));
    Document list = page(get("/app/incidents"), FV_MEMBER, 200);
    assertThat(list.select("#incidents tr[data-incident=" + incident.id() + "]")).hasSize(1);
    assertThat(list.select("a[href=/app/incidents/new]")).isEmpty();
    assertThat(list.select("#navigation a[href=/app/incidents]")).hasSize(1);
    assertThat(page(get("/app/incidents"), SECRETARIAT, 200).select("a[href=/app/incidents/new]"))
        .hasSize(1);
    assertThat(page(get("/app/incidents/new"), SECRETARIAT, 200).select("#declare-form"))
        .hasSize(1);
    page(get("/app/incidents/" + UUID.randomUUID()), FV_MEMBER, 404);
  }

  private Document page(MockHttpServletRequestBuilder request, String email, int status)
      throws Exception {
    MvcResult result = mvc.perform(request.with(tenancy.as(email))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(status);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  private UUID apav() {
    return organisation("APAV");
  }

  private UUID organisation(String shortName) {
    return IncidentStaff.organisation(jdbc, shortName);
  }
}
