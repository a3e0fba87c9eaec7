package eu.pharos.standards.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import eu.pharos.identity.Organisations;
import eu.pharos.standards.cycle.Cycles;
import eu.pharos.standards.cycle.Evaluations;
import eu.pharos.standards.cycle.FindingResult;
import eu.pharos.standards.cycle.OpenCycle;
import eu.pharos.standards.cycle.TestCycles;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.framework.TestFrameworks;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The evaluation pages and API with the real security, as the secretariat, evaluators and members.
 */
@PharosTest
class EvaluationPagesTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String EVALUATOR = "evaluator@pharos.test";
  static final String EVALUATOR_AT = "evaluator.wr-at@pharos.test";
  static final String HR_LEAD = "quality.hr-vwss@pharos.test";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cycles cycles;
  @Autowired Evaluations evaluations;
  @Autowired TestFrameworks frameworks;
  @Autowired TestCycles testCycles;
  @Autowired FrameworkCatalogue catalogue;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  UUID croatia;
  UUID cycle;
  FrameworkTree framework;
  String base;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    croatia = organisations.findByShortName("HR-VWSS").orElseThrow().id();
    testCycles.removeCyclesOf(croatia);
    framework = catalogue.tree(frameworks.adopted());
    cycle =
        tenancy
            .asUser(
                SECRETARIAT, () -> cycles.open(new OpenCycle(croatia, framework.id(), null, true)))
            .id();
    testCycles.submit(cycle);
    base = "/app/standards/cycles/" + cycle + "/evaluation";
  }

  @AfterEach
  void tearDown() {
    testCycles.removeCyclesOf(croatia);
  }

  @Test
  void theSecretariatAssignsEvaluatorsThroughTheFormAndBadChoicesComeBackWithMessages()
      throws Exception {
    Document page = page(get(base), SECRETARIAT, 200);
    assertThat(page.selectFirst("#not-started")).isNotNull();
    Element option = page.selectFirst("#evaluator option[value=" + id(EVALUATOR_AT) + "]");
    assertThat(option).isNotNull();
    assertThat(option.text()).contains("Petra Gutachterin", "Weisser Ring");
    assertThat(page.selectFirst("label[for=lead]")).isNotNull();

    Document refused =
        page(form(post(base + "/evaluators")).param("evaluator", ""), SECRETARIAT, 400);
    assertThat(refused.selectFirst(".govuk-error-summary a[href=#evaluator]").text())
        .isEqualTo("Choose an active evaluator of the network.");
    assertThat(refused.selectFirst("#evaluator-error").text())
        .contains("Choose an active evaluator of the network.");

    MockHttpServletResponse assigned =
        perform(
            form(post(base + "/evaluators"))
                .param("evaluator", id(EVALUATOR).toString())
                .param("lead", "true"),
            SECRETARIAT);
    assertThat(assigned.getStatus()).isEqualTo(302);
    assertThat(assigned.getRedirectedUrl()).isEqualTo(base);

    Document twice =
        page(
            form(post(base + "/evaluators"))
                .param("evaluator", id(EVALUATOR_AT).toString())
                .param("lead", "true"),
            SECRETARIAT,
            400);
    assertThat(twice.selectFirst("#lead-error").text()).contains("already has a lead evaluator");
    assertThat(twice.selectFirst("#lead").hasAttr("checked")).as("the input is kept").isTrue();
    assertThat(twice.selectFirst("#evaluator option[selected]").val())
        .isEqualTo(id(EVALUATOR_AT).toString());

    Document after = page(get(base), SECRETARIAT, 200);
    assertThat(after.select("#evaluator-list li")).hasSize(1);
    assertThat(after.selectFirst("#evaluator-list").text()).contains("Lead evaluator");
  }

  @Test
  void theVisitFormRefusesAnEndBeforeTheStartAndKeepsWhatWasTyped() throws Exception {
    assign(EVALUATOR, true);
    String version =
        page(get(base), SECRETARIAT, 200).selectFirst("#visit-form input[name=version]").val();

    Document refused =
        page(
            form(post(base + "/visit"))
                .param("visitStartsOn", "2027-03-10")
                .param("visitEndsOn", "2027-03-09")
                .param("visitLocation", "Zagreb")
                .param("version", version),
            EVALUATOR,
            400);
    assertThat(refused.selectFirst("#visitEndsOn-error").text())
        .contains("The last day of the visit cannot be before its first day.");
    assertThat(refused.selectFirst("#visitLocation").val()).isEqualTo("Zagreb");

    MockHttpServletResponse saved =
        perform(
            form(post(base + "/visit"))
                .param("visitStartsOn", "2027-03-10")
                .param("visitEndsOn", "2027-03-11")
                .param("visitLocation", "Zagreb")
                .param("peopleMet", "Director")
                .param("version", version),
            EVALUATOR);
    assertThat(saved.getStatus()).isEqualTo(302);

    Document stale =
        page(
            form(post(base + "/visit"))
                .param("visitStartsOn", "2027-04-01")
                .param("visitEndsOn", "2027-04-02")
                .param("visitLocation", "Split")
                .param("version", version),
            SECRETARIAT,
            409);
    assertThat(stale.selectFirst("#conflict")).isNotNull();
    assertThat(stale.selectFirst("#visit-location").text()).isEqualTo("Zagreb");
    assertThat(stale.selectFirst("#visitLocation").val()).isEqualTo("Split");

    Document asMember = page(get(base), HR_LEAD, 200);
    assertThat(asMember.selectFirst("#visit-location").text()).isEqualTo("Zagreb");
    assertThat(asMember.selectFirst("#findings-hidden")).isNotNull();
    assertThat(asMember.selectFirst("#visit-form")).isNull();
    assertThat(asMember.selectFirst("#assign-form")).isNull();
  }

  @Test
  void anEvaluatorRecordsFindingsBesideTheMembersRatingAndIsToldWhatIsMissing() throws Exception {
    assign(EVALUATOR, true);
    FrameworkTree.StandardNode standard = framework.standards().get(0);
    UUID indicator = standard.indicators().get(0).id();
    String standardPage = base + "/standards/" + standard.id();

    Document page = page(get(standardPage), EVALUATOR, 200);
    Element block = page.getElementById("indicator-" + indicator);
    assertThat(block.selectFirst(".self-rating").text()).isEqualTo("2 – Largely in place");
    assertThat(block.selectFirst(".narrative").text()).isEqualTo("Narrative for 1.1.1");
    assertThat(block.selectFirst("#result-" + indicator)).isNotNull();
    assertThat(block.selectFirst("label[for=comment-" + indicator + "]")).isNotNull();

    Document refused =
        page(
            form(post(base + "/findings/" + indicator))
                .param("result", "NOT_MET")
                .param("evidenceReviewed", "Statutes")
                .param("version", ""),
            EVALUATOR,
            400);
    assertThat(refused.selectFirst("#comment-" + indicator + "-error").text())
        .contains("Say why the indicator is only partly met or not met.");
    assertThat(refused.selectFirst("#evidenceReviewed-" + indicator).val()).isEqualTo("Statutes");
    assertThat(refused.selectFirst("#result-" + indicator + "-NOT_MET").hasAttr("checked"))
        .isTrue();

    MockHttpServletResponse saved =
        perform(
            form(post(base + "/findings/" + indicator))
                .param("result", "NOT_MET")
                .param("comment", "No statutes.")
                .param("version", ""),
            EVALUATOR);
    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(saved.getRedirectedUrl()).isEqualTo(standardPage + "#indicator-" + indicator);

    Document stale =
        page(
            form(post(base + "/findings/" + indicator)).param("result", "MET").param("version", ""),
            EVALUATOR,
            409);
    Element staleBlock = stale.getElementById("indicator-" + indicator);
    assertThat(staleBlock.selectFirst(".conflict")).isNotNull();
    assertThat(staleBlock.selectFirst(".finding .comment").text()).isEqualTo("No statutes.");
    assertThat(staleBlock.selectFirst("#result-" + indicator).hasAttr("checked"))
        .as("what the evaluator chose is kept")
        .isTrue();

    Document complete = page(form(post(base + "/report/complete")), EVALUATOR, 400);
    assertThat(complete.selectFirst(".govuk-error-summary a[href=#findings]").text())
        .contains("1.1.2, 1.2.1, 2.1.1, 2.1.2");

    Document asMember = page(get(standardPage), HR_LEAD, 200);
    assertThat(asMember.selectFirst(".finding")).isNull();
    assertThat(asMember.selectFirst(".finding-form")).isNull();
    assertThat(asMember.getElementById("indicator-" + indicator).selectFirst(".narrative").text())
        .isEqualTo("Narrative for 1.1.1");
  }

  @Test
  void onceTheReportIsCompleteTheMemberReadsItAndResponds() throws Exception {
    assign(EVALUATOR, true);
    for (FrameworkTree.IndicatorNode each : framework.indicators()) {
      tenancy.asUser(
          EVALUATOR,
          () ->
              evaluations.recordFinding(
                  cycle, each.id(), FindingResult.PARTLY_MET, "Only in part.", null, null));
    }
    long version = tenancy.asUser(EVALUATOR, () -> evaluations.view(cycle)).version();
    MockHttpServletResponse drafted =
        perform(
            form(post(base + "/report"))
                .param("reportSummary", "Solid work, written procedures missing.")
                .param("version", String.valueOf(version)),
            EVALUATOR);
    assertThat(drafted.getStatus()).isEqualTo(302);
    assertThat(perform(form(post(base + "/report/complete")), EVALUATOR).getStatus())
        .isEqualTo(302);

    Document page = page(get(base), HR_LEAD, 200);
    assertThat(page.selectFirst("#report-completed")).isNotNull();
    assertThat(page.selectFirst("#report-summary").text())
        .isEqualTo("Solid work, written procedures missing.");
    assertThat(page.selectFirst("#counts").text()).contains("Partly met: 5");
    assertThat(page.selectFirst("#report-pdf")).isNotNull();
    assertThat(page.selectFirst("#report-form")).isNull();

    FrameworkTree.StandardNode standard = framework.standards().get(0);
    UUID indicator = standard.indicators().get(0).id();
    String standardPage = base + "/standards/" + standard.id();
    Document withForms = page(get(standardPage), HR_LEAD, 200);
    assertThat(withForms.select(".response-form")).hasSize(standard.indicators().size());
    assertThat(withForms.selectFirst(".finding .comment").text()).isEqualTo("Only in part.");
    String findingVersion =
        withForms
            .getElementById("indicator-" + indicator)
            .selectFirst(".response-form input[name=version]")
            .val();

    Document refused =
        page(
            form(post(base + "/responses/" + indicator))
                .param("response", " ")
                .param("version", findingVersion),
            HR_LEAD,
            400);
    assertThat(refused.selectFirst("#response-" + indicator + "-error").text())
        .contains("Write your response before saving it.");

    MockHttpServletResponse answered =
        perform(
            form(post(base + "/responses/" + indicator))
                .param("response", "Procedures are being written.")
                .param("version", findingVersion),
            HR_LEAD);
    assertThat(answered.getStatus()).isEqualTo(302);
    assertThat(
            page(get(standardPage), SECRETARIAT, 200)
                .getElementById("indicator-" + indicator)
                .selectFirst(".response")
                .text())
        .isEqualTo("Procedures are being written.");
    assertThat(perform(get(base + "/report.pdf"), HR_LEAD).getStatus()).isEqualTo(200);
  }

  @Test
  void anotherOrganisationAndAnUnassignedEvaluatorFindNothing() throws Exception {
    assign(EVALUATOR, true);
    String standardPage = base + "/standards/" + framework.standards().get(0).id();
    for (String outsider : new String[] {APAV_ADMIN, EVALUATOR_AT}) {
      page(get(base), outsider, 404);
      page(get(standardPage), outsider, 404);
      page(get(base + "/report.pdf"), outsider, 404);
      page(
          form(post(base + "/findings/" + framework.indicators().get(0).id()))
              .param("result", "MET"),
          outsider,
          404);
    }
    page(get(base + "/report.pdf"), HR_LEAD, 404);
    page(get(base + "/standards/" + UUID.randomUUID()), SECRETARIAT, 404);

    MockHttpServletResponse pdf = perform(get(base + "/report.pdf"), SECRETARIAT);
    assertThat(pdf.getStatus()).isEqualTo(200);
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void theApiAnswersWithTheViewAndProblems() throws Exception {
    MockHttpServletResponse refused =
        perform(
            post("/api/v1/standards/cycles/" + cycle + "/evaluation/evaluators")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\": \"" + id(APAV_ADMIN) + "\", \"lead\": true}"),
            SECRETARIAT);
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString())
        .contains("urn:pharos:problem:validation-failed", "\"field\":\"evaluator\"");

    MockHttpServletResponse created =
        perform(
            post("/api/v1/standards/cycles/" + cycle + "/evaluation/evaluators")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\": \"" + id(EVALUATOR_AT) + "\", \"lead\": true}"),
            SECRETARIAT);
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);

    UUID indicator = framework.indicators().get(0).id();
    MockHttpServletResponse finding =
        perform(
            put("/api/v1/standards/cycles/" + cycle + "/evaluation/findings/" + indicator)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"result\": \"PARTLY_MET\"}"),
            EVALUATOR_AT);
    assertThat(finding.getStatus()).isEqualTo(400);
    assertThat(finding.getContentAsString()).contains("\"field\":\"comment\"");

    MockHttpServletResponse visit =
        perform(
            put("/api/v1/standards/cycles/" + cycle + "/evaluation/visit")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"startsOn\": \"2027-03-10\", \"endsOn\": \"2027-03-11\","
                        + " \"location\": \"Zagreb\", \"version\": 99}"),
            EVALUATOR_AT);
    assertThat(visit.getStatus()).isEqualTo(409);
    assertThat(visit.getContentAsString()).contains("urn:pharos:problem:concurrent-change");

    MockHttpServletResponse view =
        perform(get("/api/v1/standards/cycles/" + cycle + "/evaluation"), HR_LEAD);
    assertThat(view.getStatus()).isEqualTo(200);
    assertThat(view.getContentAsString()).contains("\"findingsShown\":false");
    assertThat(
            perform(get("/api/v1/standards/cycles/" + cycle + "/evaluation"), APAV_ADMIN)
                .getStatus())
        .isEqualTo(404);
  }

  private void assign(String email, boolean lead) throws Exception {
    MockHttpServletRequestBuilder request =
        form(post(base + "/evaluators")).param("evaluator", id(email).toString());
    if (lead) {
      request.param("lead", "true");
    }
    assertThat(perform(request, SECRETARIAT).getStatus()).isEqualTo(302);
  }

  private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
    return request.with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
  }

  private UUID id(String email) {
    return jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, email);
  }

  private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String user)
      throws Exception {
    return mvc.perform(request.with(tenancy.as(user))).andReturn().getResponse();
  }

  private Document page(MockHttpServletRequestBuilder request, String user, int expected)
      throws Exception {
    MockHttpServletResponse response = perform(request, user);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString());
  }
}
