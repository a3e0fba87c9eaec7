package eu.pharos.standards.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import eu.pharos.identity.Organisations;
import eu.pharos.standards.cycle.Cycles;
import eu.pharos.standards.cycle.OpenCycle;
import eu.pharos.standards.cycle.SelfAssessments;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.framework.TestFrameworks;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import eu.pharos.test.TestFiles;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The self-assessment pages and API with the real security: the Croatian member rates, adds
 * evidence and submits; refused forms keep the input; a colleague's newer save is shown beside the
 * user's; other organisations get "not found".
 */
@PharosTest
class SelfAssessmentPagesTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String LEAD = "quality.hr-vwss@pharos.test";
  static final String SUPERVISOR = "supervisor.hr-vwss@pharos.test";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cycles cycles;
  @Autowired SelfAssessments assessments;
  @Autowired TestFrameworks frameworks;
  @Autowired FrameworkCatalogue catalogue;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  UUID croatia;
  UUID cycleId;
  FrameworkTree framework;
  String base;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    croatia = organisations.findByShortName("HR-VWSS").orElseThrow().id();
    removeCyclesOf(croatia);
    UUID frameworkId = frameworks.adopted();
    framework = catalogue.tree(frameworkId);
    cycleId =
        tenancy
            .asUser(
                SECRETARIAT,
                () ->
                    cycles.open(
                        new OpenCycle(croatia, frameworkId, LocalDate.now().plusMonths(1), false)))
            .id();
    base = "/app/standards/cycles/" + cycleId + "/self-assessment";
  }

  @AfterEach
  void tearDown() {
    removeCyclesOf(croatia);
  }

  @Test
  void savingOneIndicatorRedirectsToItAndLeavesTheOthersAlone() throws Exception {
    Document page = page(get(standardPath("1")), LEAD, 200);
    Element form = page.selectFirst("#rate-form-" + id("1.1.1"));
    assertThat(form).isNotNull();
    assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("-1");
    assertThat(form.select("fieldset legend").text()).contains("1.1.1");
    assertThat(form.select("input[type=radio]")).hasSize(4);
    assertThat(page.selectFirst("#indicator-" + id("1.1.1")).text())
        .contains("Guidance for 1.1.1", "Evidence for 1.1.1");

    MockHttpServletResponse saved =
        perform(
            post(base + "/indicators/" + id("1.1.1"))
                .param("rating", "2")
                .param("narrative", "Our statutes guarantee it.")
                .param("version", "-1")
                .with(csrf()),
            LEAD);

    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(saved.getRedirectedUrl())
        .isEqualTo(base + "/standards/" + standardId("1") + "#indicator-" + id("1.1.1"));
    Document after = page(get(standardPath("1")), SUPERVISOR, 200);
    Element shown = after.selectFirst("#rate-form-" + id("1.1.1"));
    assertThat(shown.selectFirst("input[type=radio][checked]").val()).isEqualTo("2");
    assertThat(shown.selectFirst("textarea").text()).isEqualTo("Our statutes guarantee it.");
    assertThat(shown.selectFirst("input[name=version]").val()).isEqualTo("0");
    assertThat(after.selectFirst("#rate-form-" + id("1.1.2") + " input[type=radio][checked]"))
        .isNull();
    assertThat(page(get(base), LEAD, 200).selectFirst("#overall-progress").attr("value"))
        .isEqualTo("1");
  }

  @Test
  void badInputIsShownBesideItsFieldWithTheInputKept() throws Exception {
    String tooLong = "x".repeat(SelfAssessments.NARRATIVE_MAX + 1);
    Document refused =
        page(
            post(base + "/indicators/" + id("1.2.1"))
                .param("rating", "9")
                .param("narrative", tooLong)
                .param("version", "-1")
                .with(csrf()),
            LEAD,
            400);

    assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#rating-" + id("1.2.1"), "#narrative-" + id("1.2.1"));
    assertThat(refused.selectFirst("#rating-" + id("1.2.1") + "-error").text())
        .contains("Choose one of the levels of the scale.");
    assertThat(refused.selectFirst("#narrative-" + id("1.2.1") + "-error").text())
        .contains("The narrative can be at most");
    assertThat(refused.selectFirst("#narrative-" + id("1.2.1")).text()).isEqualTo(tooLong);
    assertThat(ratingCount()).isZero();

    Document badLink =
        page(
            post(base + "/indicators/" + id("1.2.1") + "/links")
                .param("title", "Board minutes")
                .param("url", "javascript:alert(1)")
                .with(csrf()),
            LEAD,
            400);
    assertThat(badLink.selectFirst("#link-url-" + id("1.2.1") + "-error").text())
        .contains("http:// or https://");
    assertThat(badLink.selectFirst("#link-title-" + id("1.2.1")).val()).isEqualTo("Board minutes");
    assertThat(badLink.selectFirst("#link-url-" + id("1.2.1")).val())
        .isEqualTo("javascript:alert(1)");
  }

  @Test
  void aColleaguesNewerSaveIsShownBesideTheUsersInput() throws Exception {
    tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id("1.1.2"), 3, "Lead's text", -1));

    Document conflict =
        page(
            post(base + "/indicators/" + id("1.1.2"))
                .param("rating", "1")
                .param("narrative", "Supervisor's text")
                .param("version", "-1")
                .with(csrf()),
            SUPERVISOR,
            409);

    assertThat(conflict.selectFirst("#conflict-saved").text())
        .contains("3 – Fully in place", "Lead's text");
    assertThat(conflict.selectFirst("#conflict-yours").text()).contains("Supervisor's text");
    Element form = conflict.selectFirst("#rate-form-" + id("1.1.2"));
    assertThat(form.selectFirst("textarea").text()).isEqualTo("Supervisor's text");
    assertThat(form.selectFirst("input[type=radio][checked]").val()).isEqualTo("1");
    assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("0");
    assertThat(narrative("1.1.2")).isEqualTo("Lead's text");
  }

  @Test
  void aDueDateThatPassedIsTaggedOverdue() throws Exception {
    assertThat(page(get(base), LEAD, 200).selectFirst("#overdue")).isNull();
    jdbc.update(
        "update standards_cycle set self_assessment_due = ? where id = ?",
        LocalDate.now().minusDays(2),
        cycleId);
    assertThat(page(get(base), LEAD, 200).selectFirst("#overdue").text()).isEqualTo("Overdue");
  }

  @Test
  void anotherOrganisationFindsNothing() throws Exception {
    page(get(base), APAV_ADMIN, 404);
    page(get(standardPath("1")), APAV_ADMIN, 404);
    perform(
        post(base + "/indicators/" + id("1.1.1"))
            .param("rating", "1")
            .param("version", "-1")
            .with(csrf()),
        APAV_ADMIN);
    assertThat(ratingCount()).isZero();
    assertThat(
            perform(
                    post(base + "/indicators/" + id("1.1.1"))
                        .param("rating", "1")
                        .param("version", "-1")
                        .with(csrf()),
                    APAV_ADMIN)
                .getStatus())
        .isEqualTo(404);
    assertThat(
            perform(get("/api/v1/standards/cycles/" + cycleId + "/self-assessment"), APAV_ADMIN)
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void filesAreUploadedOrRefusedWithTheirReason() throws Exception {
    Document refused =
        page(
            multipart(base + "/indicators/" + id("2.1.1") + "/files")
                .file(
                    new MockMultipartFile(
                        "file", "policy.pdf", "application/pdf", TestFiles.html()))
                .param("title", "Security policy")
                .with(csrf()),
            LEAD,
            415);
    assertThat(refused.selectFirst("#file-" + id("2.1.1") + "-error")).isNotNull();
    assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#file-" + id("2.1.1"));
    assertThat(refused.selectFirst("#file-title-" + id("2.1.1")).val())
        .isEqualTo("Security policy");
    assertThat(evidenceCount()).isZero();

    MockHttpServletResponse uploaded =
        perform(
            multipart(base + "/indicators/" + id("2.1.1") + "/files")
                .file(
                    new MockMultipartFile("file", "policy.pdf", "application/pdf", TestFiles.pdf()))
                .param("title", "Security policy")
                .with(csrf()),
            LEAD);
    assertThat(uploaded.getStatus()).isEqualTo(302);
    assertThat(uploaded.getRedirectedUrl()).endsWith("#indicator-" + id("2.1.1"));

    Document page = page(get(standardPath("2")), SUPERVISOR, 200);
    Element link = page.selectFirst("#indicator-" + id("2.1.1") + " li[data-kind=FILE] a");
    assertThat(link.text()).isEqualTo("Security policy");
    MockHttpServletResponse download = perform(get(link.attr("href")), SUPERVISOR);
    assertThat(download.getStatus()).isEqualTo(200);
    assertThat(download.getContentAsByteArray()).isEqualTo(TestFiles.pdf());
    assertThat(download.getHeader("Content-Disposition")).contains("attachment");
    assertThat(perform(get(link.attr("href")), APAV_ADMIN).getStatus()).isEqualTo(404);

    String evidenceId =
        page.selectFirst("#indicator-" + id("2.1.1") + " li[data-kind=FILE]")
            .attr("data-evidence-id");
    MockHttpServletResponse removed =
        perform(post(base + "/evidence/" + evidenceId + "/remove").with(csrf()), LEAD);
    assertThat(removed.getRedirectedUrl()).endsWith("#indicator-" + id("2.1.1"));
    assertThat(evidenceCount()).isZero();
  }

  @Test
  void submittingListsTheUnratedRequiredIndicatorsThenSubmitsAndTurnsReadOnly() throws Exception {
    tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id("1.1.1"), 3, "Done", -1));
    Document secretariatBefore = page(get(base), SECRETARIAT, 200);
    assertThat(secretariatBefore.selectFirst("#not-submitted")).isNotNull();
    assertThat(secretariatBefore.selectFirst("#submit")).isNull();
    assertThat(page(get(standardPath("1")), SECRETARIAT, 200).select("form[id^=rate-form]"))
        .isEmpty();

    Document confirm = page(get(base + "/submit"), LEAD, 200);
    String version = confirm.selectFirst("#submit-form input[name=version]").val();
    Document refused =
        page(post(base + "/submit").param("version", version).with(csrf()), LEAD, 400);
    assertThat(refused.select("#submit-errors li").eachAttr("data-indicator-id"))
        .containsExactly(id("1.1.2").toString(), id("1.2.1").toString(), id("2.1.1").toString());
    assertThat(refused.selectFirst("#submit-errors li a").attr("href"))
        .isEqualTo(base + "/standards/" + standardId("1") + "#indicator-" + id("1.1.2"));
    assertThat(refused.selectFirst("#submit-errors").text()).contains("1.2.1");

    for (String code : new String[] {"1.1.2", "1.2.1", "2.1.1"}) {
      tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id(code), 2, null, -1));
    }
    MockHttpServletResponse submitted =
        perform(post(base + "/submit").param("version", version).with(csrf()), LEAD);
    assertThat(submitted.getStatus()).isEqualTo(302);
    assertThat(submitted.getRedirectedUrl()).isEqualTo(base);

    Document readOnly = page(get(standardPath("1")), SECRETARIAT, 200);
    assertThat(readOnly.select("form"))
        .noneMatch(f -> f.attr("action").contains("/self-assessment"));
    assertThat(readOnly.selectFirst("#narrative-shown-" + id("1.1.1")).text()).isEqualTo("Done");
    assertThat(page(get(standardPath("1")), LEAD, 200).select("form[id^=rate-form]")).isEmpty();
    page(
        post(base + "/indicators/" + id("2.1.2"))
            .param("rating", "1")
            .param("version", "-1")
            .with(csrf()),
        LEAD,
        400);
  }

  @Test
  void theApiRatesWithVersionsAndAnswersWithProblems() throws Exception {
    String api = "/api/v1/standards/cycles/" + cycleId + "/self-assessment";
    MockHttpServletResponse read = perform(get(api), LEAD);
    assertThat(read.getStatus()).isEqualTo(200);
    assertThat(read.getContentAsString()).contains("\"requiredUnrated\":4");

    MockHttpServletResponse bad =
        perform(
            put(api + "/ratings/" + id("1.1.1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\": 5, \"narrative\": \"x\", \"version\": -1}")
                .with(csrf()),
            LEAD);
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(bad.getContentAsString()).contains("validation-failed", "\"field\":\"rating\"");

    MockHttpServletResponse ok =
        perform(
            put(api + "/ratings/" + id("1.1.1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\": 2, \"narrative\": \"From our tool\", \"version\": -1}")
                .with(csrf()),
            LEAD);
    assertThat(ok.getStatus()).isEqualTo(200);
    assertThat(ok.getContentAsString()).contains("\"version\":0", "From our tool");

    MockHttpServletResponse stale =
        perform(
            put(api + "/ratings/" + id("1.1.1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\": 1, \"version\": -1}")
                .with(csrf()),
            SUPERVISOR);
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(stale.getContentAsString()).contains("concurrent-change", "From our tool");

    MockHttpServletResponse unrated =
        perform(
            post(api + "/submit")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0}")
                .with(csrf()),
            LEAD);
    assertThat(unrated.getStatus()).isEqualTo(400);
    assertThat(unrated.getContentAsString()).contains(id("2.1.1").toString());
    assertThat(narrative("1.1.1")).isEqualTo("From our tool");
  }

  private String standardPath(String code) {
    return base + "/standards/" + standardId(code);
  }

  private UUID standardId(String code) {
    return framework.standards().stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private UUID id(String code) {
    return framework.indicators().stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private String narrative(String code) {
    return jdbc.queryForObject(
        "select narrative from standards_rating where cycle_id = ? and indicator_id = ?",
        String.class,
        cycleId,
        id(code));
  }

  private int ratingCount() {
    return jdbc.queryForObject(
        "select count(*) from standards_rating where cycle_id = ?", Integer.class, cycleId);
  }

  private int evidenceCount() {
    return jdbc.queryForObject(
        "select count(*) from standards_evidence where cycle_id = ?", Integer.class, cycleId);
  }

  private MockHttpServletResponse perform(
      AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
    return mvc.perform(request.with(tenancy.as(user))).andReturn().getResponse();
  }

  private Document page(AbstractMockHttpServletRequestBuilder<?> request, String user, int expected)
      throws Exception {
    MockHttpServletResponse response = perform(request, user);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString());
  }

  private void removeCyclesOf(UUID organisationId) {
    jdbc.update(
        "delete from standards_decision where cycle_id in"
            + " (select id from standards_cycle where organisation_id = ?)",
        organisationId);
    jdbc.update(
        "update standards_cycle set previous_cycle_id = null where organisation_id = ?",
        organisationId);
    jdbc.update("delete from standards_cycle where organisation_id = ?", organisationId);
  }
}
