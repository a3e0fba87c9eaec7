package eu.pharos.helpline.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.VictimDataRights;
import eu.pharos.helpline.VictimNotFound;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.platform.FileStore;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A victim's rights over their data: export, legal hold and erasure, by facade, page and API. */
@PharosTest
class DataRightsFlowTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String ORG_ADMIN = "orgadmin.apav@pharos.test";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired VictimDataRights rights;
  @Autowired Victims victims;
  @Autowired Cases cases;
  @Autowired Contacts contacts;
  @Autowired FileStore files;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;

  @Value("${pharos.data-dir}")
  Path dataDir;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  PreparedVictim prepare(boolean closed) {
    String marker = "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return PreparedVictim.create(tenancy, victims, cases, contacts, marker, closed);
  }

  @Test
  void theJsonExportHoldsEveryPieceOfTheVictim() throws Exception {
    PreparedVictim v = prepare(false);
    MockHttpServletResponse response =
        mvc.perform(get("/api/v1/victims/" + v.victim().id() + "/export").with(tenancy.as(ADVISOR)))
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;");
    assertThat(response.getHeader("Cache-Control")).contains("no-store");
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    for (String text : v.texts()) {
      assertThat(body).as("the export holds %s", text).contains(text);
    }
    JsonNode export = json.readTree(body);
    assertThat(export.get("format").asString()).isEqualTo("pharos-victim-export/1");
    assertThat(export.get("victim").get("fullName").asString()).isEqualTo(v.name());
    assertThat(export.get("victim").get("dateOfBirth").asString()).isEqualTo("1984-03-09");
    assertThat(export.get("consents").get(0).get("kind").asString()).isEqualTo("DATA_KEPT");
    JsonNode theCase = export.get("cases").get(0);
    assertThat(theCase.get("reference").asString()).isEqualTo(v.caseView().reference());
    assertThat(theCase.get("crime").get("crimeType").asString()).isEqualTo("DOMESTIC_VIOLENCE");
    assertThat(theCase.get("crime").get("crossBorder").asBoolean()).isTrue();
    assertThat(theCase.get("assessments").get(0).get("answers").get("INTIMIDATION").asString())
        .isEqualTo("YES");
    assertThat(theCase.get("plan")).hasSize(1);
    assertThat(theCase.get("followUps")).hasSize(1);
    assertThat(theCase.get("contacts")).hasSize(2);
    assertThat(audited("helpline.export", v.victim().id())).isEqualTo(1);
  }

  @Test
  void thePdfExportIsAReadablePdfInTheReadersLanguage() throws Exception {
    PreparedVictim v = prepare(false);
    byte[] pdf = tenancy.asUser(SUPERVISOR, () -> rights.exportPdf(v.victim().id(), Locale.FRENCH));

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    assertThat(reader.getPageSize(1).getWidth())
        .isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
    StringBuilder text = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    reader.close();
    assertThat(text)
        .contains(v.name())
        .contains(v.caseView().reference())
        .contains("Données détenues sur " + v.victim().reference())
        .contains("Coordonnées")
        .contains("Transcription")
        .contains("Chat transcript " + v.marker());
    assertThat(audited("helpline.export", v.victim().id())).isEqualTo(1);

    MockHttpServletResponse page =
        mvc.perform(
                post("/app/helpline/victims/" + v.victim().id() + "/data/export.pdf")
                    .with(tenancy.as(ADVISOR))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentType()).isEqualTo("application/pdf");
    assertThat(page.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"victim-data-" + v.victim().reference() + ".pdf\"");
    assertThat(page.getHeader("Cache-Control")).contains("no-store");
    assertThat(
            mvc.perform(
                    get("/api/v1/victims/" + v.victim().id() + "/export.pdf")
                        .with(tenancy.as(ADVISOR)))
                .andReturn()
                .getResponse()
                .getContentType())
        .isEqualTo("application/pdf");
  }

  @Test
  void erasureIsRefusedUnderALegalHoldWithItsReasonThenErasesEverything() throws Exception {
    PreparedVictim v = prepare(true);
    UUID id = v.victim().id();
    String hold = "Court order 2026/77 of the Lisbon court";
    mvc.perform(
            put("/api/v1/victims/" + id + "/legal-hold")
                .with(tenancy.as(SUPERVISOR))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"" + hold + "\"}"))
        .andReturn();
    assertThat(tenancy.asUser(ADVISOR, () -> victims.get(id)).legalHoldReason()).isEqualTo(hold);
    assertThat(audited("helpline.victim.legal-hold-set", id)).isEqualTo(1);

    // The facade names the hold's reason.
    assertThatThrownBy(() -> tenancy.asUser(ORG_ADMIN, () -> rights.erase(id, "Her request")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.problems().get(0).messageKey())
                  .isEqualTo("helpline.privacy.erasure.legal-hold");
              assertThat(e.problems().get(0).arguments()).containsExactly(hold);
            });
    // So do the API and the page.
    MockHttpServletResponse api =
        mvc.perform(
                post("/api/v1/victims/" + id + "/erasure")
                    .with(tenancy.as(SUPERVISOR))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\": \"Her request\"}"))
            .andReturn()
            .getResponse();
    assertThat(api.getStatus()).isEqualTo(400);
    assertThat(api.getContentAsString(StandardCharsets.UTF_8))
        .contains("Erasure is blocked while a legal hold is set: " + hold);
    Document page =
        page(form(id, "/erasure").param("reason", "Her request").param("confirm", "true"), 400);
    assertThat(page.selectFirst(".govuk-error-summary").text())
        .contains("Erasure is blocked while a legal hold is set: " + hold);
    assertThat(page.selectFirst(".govuk-error-summary a").attr("href")).isEqualTo("#erasure");
    Document shown =
        page(get("/app/helpline/victims/" + id + "/data").with(tenancy.as(ORG_ADMIN)), 200);
    assertThat(shown.selectFirst("#erasure-blocked").text()).contains(hold);
    assertThat(shown.selectFirst("#erasure-form")).isNull();
    // Nothing changed.
    assertStillHeld(v);
    assertThat(tenancy.asUser(ADVISOR, () -> victims.get(id)).details().fullName())
        .isEqualTo(v.name());

    // Cleared on the page, then erased on the page.
    mvc.perform(form(id, "/legal-hold/clear"));
    assertThat(tenancy.asUser(ADVISOR, () -> victims.get(id)).legalHoldReason()).isNull();
    assertThat(audited("helpline.victim.legal-hold-cleared", id)).isEqualTo(1);
    MockHttpServletResponse erased =
        mvc.perform(
                form(id, "/erasure")
                    .param("reason", "Her written request of 3 March")
                    .param("confirm", "true"))
            .andReturn()
            .getResponse();
    assertThat(erased.getStatus()).isEqualTo(302);

    VictimView after = tenancy.asUser(SUPERVISOR, () -> victims.get(id));
    assertThat(after.erased()).isTrue();
    assertThat(after.details().fullName()).isNull();
    assertThat(after.reference()).isEqualTo(v.victim().reference());
    assertThat(
            jdbc.queryForMap(
                "select erased_by, erasure_reason, name_index, phone_index, full_name_sealed"
                    + " from helpline_victim where id = ?",
                id))
        .containsEntry("erasure_reason", "Her written request of 3 March")
        .containsEntry("name_index", null)
        .containsEntry("phone_index", null)
        .containsEntry("full_name_sealed", null)
        .extractingByKey("erased_by")
        .isNotNull();
    assertThat(sealedValuesOf(v)).isZero();
    assertThat(v.plainTextLeftIn(jdbc)).isEmpty();
    assertThat(tenancy.asUser(ADVISOR, () -> files.find(v.documentFileId()))).isEmpty();
    String name = v.documentFileId().toString();
    assertThat(
            dataDir
                .resolve("files")
                .resolve(name.substring(0, 2))
                .resolve(name.substring(2, 4))
                .resolve(name))
        .doesNotExist();
    assertThat(tenancy.asUser(ADVISOR, () -> victims.find(v.name()))).isEmpty();
    // The case keeps its categories for statistics.
    CaseView anonymised = tenancy.asUser(ADVISOR, () -> cases.get(v.caseView().id()));
    assertThat(anonymised.anonymisedAt()).isNotNull();
    assertThat(anonymised.victim()).isNull();
    assertThat(anonymised.crime().crimeType()).isEqualTo(v.caseView().crime().crimeType());
    assertThat(anonymised.crime().crimeCountry()).isEqualTo("ES");
    assertThat(anonymised.outcome()).isEqualTo(v.caseView().outcome());
    assertThat(anonymised.crime().summary()).isNull();
    assertThat(
            jdbc.queryForList(
                "select outcome from audit_event where action = 'helpline.victim.erased'"
                    + " and target_id = ? order by id",
                String.class,
                id.toString()))
        .as("three refusals (facade, API, page) and the erasure")
        .containsExactly("DENIED", "DENIED", "DENIED", "SUCCESS");
    Document done =
        page(get("/app/helpline/victims/" + id + "/data").with(tenancy.as(SUPERVISOR)), 200);
    assertThat(done.selectFirst("#erased").text()).contains("Her written request of 3 March");

    // An erased victim is erased once.
    assertThatThrownBy(() -> tenancy.asUser(SUPERVISOR, () -> rights.erase(id, "Again")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("helpline.privacy.erased"));
  }

  @Test
  void anotherOrganisationFindsNothing() throws Exception {
    PreparedVictim v = prepare(false);
    UUID id = v.victim().id();
    tenancy.assertOnlyOwnOrganisationSees(
        "/app/helpline/victims/" + id + "/data", ADVISOR, OUTSIDER);
    tenancy.assertOnlyOwnOrganisationSees("/api/v1/victims/" + id + "/export", ADVISOR, OUTSIDER);
    tenancy.assertOnlyOwnOrganisationSees(
        "/api/v1/victims/" + id + "/export.pdf", ADVISOR, OUTSIDER);
    assertThatThrownBy(() -> tenancy.asUser(OUTSIDER, () -> rights.exportJson(id)))
        .isInstanceOf(VictimNotFound.class);
    assertThatThrownBy(() -> tenancy.asUser(OUTSIDER, () -> rights.exportPdf(id, Locale.GERMAN)))
        .isInstanceOf(VictimNotFound.class);
    assertThatThrownBy(() -> tenancy.asUser(OUTSIDER, () -> rights.clearLegalHold(id)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> tenancy.asUser(OUTSIDER, () -> rights.erase(UUID.randomUUID(), "x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            mvc.perform(
                    delete("/api/v1/victims/" + UUID.randomUUID() + "/legal-hold")
                        .with(tenancy.as(SUPERVISOR))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertStillHeld(v);
  }

  @Test
  void eachRoleDoesWhatItMayAndNothingElse() throws Exception {
    PreparedVictim v = prepare(false);
    UUID id = v.victim().id();
    assertThatThrownBy(() -> tenancy.asUser(ADVISOR, () -> rights.setLegalHold(id, "Order")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> tenancy.asUser(ADVISOR, () -> rights.erase(id, "Request")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> tenancy.asUser(ORG_ADMIN, () -> rights.exportJson(id)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            mvc.perform(get("/api/v1/victims/" + id + "/export").with(tenancy.as(ORG_ADMIN)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);

    Document advisorPage =
        page(get("/app/helpline/victims/" + id + "/data").with(tenancy.as(ADVISOR)), 200);
    assertThat(advisorPage.selectFirst("#export-pdf")).isNotNull();
    assertThat(advisorPage.selectFirst("#hold-form")).isNull();
    assertThat(advisorPage.selectFirst("#erasure-form")).isNull();
    Document adminPage =
        page(get("/app/helpline/victims/" + id + "/data").with(tenancy.as(ORG_ADMIN)), 200);
    assertThat(adminPage.selectFirst("#export-pdf")).isNull();
    assertThat(adminPage.selectFirst("#hold-form")).isNotNull();
    assertThat(adminPage.selectFirst("#erasure-form")).isNotNull();
    assertThat(adminPage.selectFirst("h1").text()).contains(v.name());
    assertStillHeld(v);
  }

  @Test
  void badInputsEachGetTheirMessageAndChangeNothing() throws Exception {
    PreparedVictim v = prepare(false);
    UUID id = v.victim().id();
    long version = tenancy.asUser(ADVISOR, () -> victims.get(id)).version();

    // A legal hold without a reason: the facade names the field, the page shows it beside it.
    assertThatThrownBy(() -> tenancy.asUser(SUPERVISOR, () -> rights.setLegalHold(id, "  ")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.problems().get(0).field()).isEqualTo("reason");
              assertThat(e.problems().get(0).messageKey())
                  .isEqualTo("helpline.privacy.reason.required");
            });
    Document page = page(form(id, "/legal-hold").param("reason", ""), 400);
    assertThat(page.selectFirst("#hold-reason-error").text()).contains("Enter the reason.");

    // A reason over 1000 characters.
    MockHttpServletResponse tooLong =
        mvc.perform(
                put("/api/v1/victims/" + id + "/legal-hold")
                    .with(tenancy.as(SUPERVISOR))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\": \"" + "x".repeat(1001) + "\"}"))
            .andReturn()
            .getResponse();
    assertThat(tooLong.getStatus()).isEqualTo(400);
    assertThat(tooLong.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"field\":\"reason\"")
        .contains("1000 characters or fewer");

    // An erasure without a reason, and one not confirmed.
    MockHttpServletResponse noReason =
        mvc.perform(
                post("/api/v1/victims/" + id + "/erasure")
                    .with(tenancy.as(SUPERVISOR))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\": \"\"}"))
            .andReturn()
            .getResponse();
    assertThat(noReason.getStatus()).isEqualTo(400);
    assertThat(noReason.getContentAsString(StandardCharsets.UTF_8)).contains("Enter the reason.");
    page = page(form(id, "/erasure").param("reason", "Her request"), 400);
    assertThat(page.selectFirst("#erasure-confirm-error").text())
        .contains("Confirm that you understand the data cannot be recovered.");
    assertThat(page.selectFirst("#erasure-reason").text()).isEqualTo("Her request");
    page = page(form(id, "/erasure").param("confirm", "true"), 400);
    assertThat(page.selectFirst("#erasure-reason-error").text()).contains("Enter the reason.");

    VictimView unchanged = tenancy.asUser(ADVISOR, () -> victims.get(id));
    assertThat(unchanged.erased()).isFalse();
    assertThat(unchanged.legalHoldReason()).isNull();
    assertThat(unchanged.version()).isEqualTo(version);
    assertThat(unchanged.details().fullName()).isEqualTo(v.name());
    assertStillHeld(v);
  }

  /** Every piece of the victim is still there, as the export shows. */
  private void assertStillHeld(PreparedVictim v) {
    String export =
        new String(
            tenancy.asUser(ADVISOR, () -> rights.exportJson(v.victim().id())),
            StandardCharsets.UTF_8);
    for (String text : v.texts()) {
      assertThat(export).as("still held: %s", text).contains(text);
    }
  }

  private int sealedValuesOf(PreparedVictim v) {
    UUID caseId = v.caseView().id();
    Integer count =
        jdbc.queryForObject(
            "select (select count(*) from helpline_victim where id = ? and (full_name_sealed is"
                + " not null or phone_sealed is not null or email_sealed is not null or"
                + " address_sealed is not null or date_of_birth_sealed is not null))"
                + " + (select count(*) from helpline_case where id = ? and (crime_place_sealed is"
                + " not null or summary_sealed is not null or closing_note_sealed is not null))"
                + " + (select count(*) from helpline_assessment where case_id = ? and"
                + " summary_sealed is not null)"
                + " + (select count(*) from helpline_plan_action where case_id = ? and"
                + " description_sealed is not null)"
                + " + (select count(*) from helpline_follow_up where case_id = ? and note_sealed"
                + " is not null)"
                + " + (select count(*) from helpline_timeline_entry where case_id = ? and"
                + " (text_sealed is not null or file_name_sealed is not null or file_id is not"
                + " null))"
                + " + (select count(*) from helpline_contact where case_id = ? and (note_sealed is"
                + " not null or transcript_sealed is not null))",
            Integer.class,
            v.victim().id(),
            caseId,
            caseId,
            caseId,
            caseId,
            caseId,
            caseId);
    return count == null ? -1 : count;
  }

  private MockHttpServletRequestBuilder form(UUID victimId, String action) {
    return post("/app/helpline/victims/" + victimId + "/data" + action)
        .with(tenancy.as(SUPERVISOR))
        .with(csrf());
  }

  private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(status);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }

  private int audited(String action, UUID target) {
    Integer count =
        action.equals("helpline.export")
            ? jdbc.queryForObject(
                "select count(*) from audit_event where action = 'data.read'"
                    + " and target_type = 'helpline.export' and target_id = ?",
                Integer.class,
                target.toString())
            : jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and target_id = ?",
                Integer.class,
                action,
                target.toString());
    return count == null ? 0 : count;
  }
}
