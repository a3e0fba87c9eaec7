package eu.pharos.standards.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.pharos.identity.Organisations;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.CycleStageChanged;
import eu.pharos.standards.cycle.EvaluationView.FindingPart;
import eu.pharos.standards.cycle.EvaluationView.IndicatorPart;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkTree.IndicatorNode;
import eu.pharos.standards.framework.TestFrameworks;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The evaluation of the Croatian member's cycle: evaluators of other organisations, the visit,
 * findings, the report and the member's responses, with who may do what and every refusal.
 */
@PharosTest
@RecordApplicationEvents
class EvaluationsTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String EVALUATOR = "evaluator@pharos.test";
  static final String EVALUATOR_AT = "evaluator.wr-at@pharos.test";
  static final String HR_LEAD = "quality.hr-vwss@pharos.test";
  static final String HR_SUPERVISOR = "supervisor.hr-vwss@pharos.test";
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
  @Autowired ApplicationEvents events;

  TenancyCheck tenancy;
  UUID croatia;
  UUID austria;
  UUID cycle;
  List<IndicatorNode> indicators;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    croatia = organisations.findByShortName("HR-VWSS").orElseThrow().id();
    austria = organisations.findByShortName("WR-AT").orElseThrow().id();
    testCycles.removeCyclesOf(croatia);
    testCycles.removeCyclesOf(austria);
    UUID framework = frameworks.adopted();
    indicators = catalogue.tree(framework).indicators();
    cycle = open(croatia, framework);
  }

  @AfterEach
  void tearDown() {
    testCycles.removeCyclesOf(croatia);
    testCycles.removeCyclesOf(austria);
  }

  @Test
  void anEvaluatorOfTheAssessedOrganisationIsRefusedAsAConflictOfInterest() {
    UUID austrianCycle = open(austria, frameworks.adopted());
    testCycles.submit(austrianCycle);

    assertProblems(
        () ->
            as(
                SECRETARIAT,
                () -> evaluations.assignEvaluator(austrianCycle, id(EVALUATOR_AT), true)),
        "evaluator",
        "standards.evaluation.error.conflict-of-interest");
    assertThat(as(SECRETARIAT, () -> evaluations.candidates(austrianCycle)))
        .filteredOn(c -> c.userId().equals(id(EVALUATOR_AT)))
        .singleElement()
        .satisfies(c -> assertThat(c.ownOrganisation()).isTrue());
    assertThat(evaluatorCount(austrianCycle)).isZero();
    assertThat(as(SECRETARIAT, () -> cycles.get(austrianCycle)).stage())
        .isEqualTo(CycleStage.SUBMITTED);
  }

  @Test
  void onlyActiveEvaluatorsAreAssignedAndOnlyByTheSecretariatOnceSubmitted() {
    assertProblems(
        () -> as(SECRETARIAT, () -> evaluations.assignEvaluator(cycle, id(EVALUATOR), true)),
        null,
        "standards.cycle.error.stage.SUBMITTED");
    testCycles.submit(cycle);

    assertProblems(
        () -> as(SECRETARIAT, () -> evaluations.assignEvaluator(cycle, id(APAV_ADMIN), false)),
        "evaluator",
        "standards.evaluation.error.not-evaluator");
    assertProblems(
        () -> as(SECRETARIAT, () -> evaluations.assignEvaluator(cycle, UUID.randomUUID(), false)),
        "evaluator",
        "standards.evaluation.error.not-evaluator");
    assertProblems(
        () -> as(SECRETARIAT, () -> evaluations.assignEvaluator(cycle, null, false)),
        "evaluator",
        "standards.evaluation.error.not-evaluator");
    assertThatThrownBy(
            () -> as(HR_LEAD, () -> evaluations.assignEvaluator(cycle, id(EVALUATOR), true)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> as(APAV_ADMIN, () -> evaluations.assignEvaluator(cycle, id(EVALUATOR), true)))
        .isInstanceOf(CycleNotFound.class);
    assertThat(evaluatorCount(cycle)).isZero();
  }

  @Test
  void theFirstAssignmentStartsTheEvaluationAndTellsTheEvaluatorAndTheMember() {
    testCycles.submit(cycle);

    EvaluationView view =
        as(SECRETARIAT, () -> evaluations.assignEvaluator(cycle, id(EVALUATOR), true));

    assertThat(view.started()).isTrue();
    assertThat(view.cycle().stage()).isEqualTo(CycleStage.EVALUATION);
    assertThat(view.evaluators())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.userId()).isEqualTo(id(EVALUATOR));
              assertThat(e.lead()).isTrue();
              assertThat(e.name()).isNotBlank();
              assertThat(e.organisationName()).isNotBlank();
            });
    assertThat(events.stream(CycleStageChanged.class))
        .filteredOn(e -> e.cycleId().equals(cycle) && e.stage().equals("EVALUATION"))
        .hasSize(1);
    assertThat(notifications(id(EVALUATOR), "standards.evaluation.notice.assigned")).isEqualTo(1);
    assertThat(notifications(id(HR_LEAD), "standards.evaluation.notice.evaluator-assigned"))
        .isEqualTo(1);

    assertProblems(
        () -> as(SECRETARIAT, () -> evaluations.assignEvaluator(cycle, id(EVALUATOR), false)),
        "evaluator",
        "standards.evaluation.error.already-assigned");
    assertProblems(
        () -> as(SECRETARIAT, () -> evaluations.assignEvaluator(cycle, id(EVALUATOR_AT), true)),
        "lead",
        "standards.evaluation.error.lead-taken");
    EvaluationView two =
        as(SECRETARIAT, () -> evaluations.assignEvaluator(cycle, id(EVALUATOR_AT), false));
    assertThat(two.evaluators())
        .extracting(EvaluationView.Evaluator::lead)
        .containsExactly(true, false);
    assertThat(events.stream(CycleStageChanged.class))
        .as("a later assignment changes no stage")
        .filteredOn(e -> e.cycleId().equals(cycle) && e.stage().equals("EVALUATION"))
        .hasSize(1);

    EvaluationView removed =
        as(SECRETARIAT, () -> evaluations.removeEvaluator(cycle, id(EVALUATOR_AT)));
    assertThat(removed.evaluators()).hasSize(1);
    assertProblems(
        () -> as(SECRETARIAT, () -> evaluations.removeEvaluator(cycle, id(EVALUATOR_AT))),
        "evaluator",
        "standards.evaluation.error.not-assigned");
  }

  @Test
  void theVisitPlanIsCheckedAndAStaleVersionIsRefused() {
    startEvaluation();
    long version = as(SECRETARIAT, () -> evaluations.view(cycle)).version();
    LocalDate start = LocalDate.of(2027, 3, 10);

    assertProblems(
        () ->
            as(
                SECRETARIAT,
                () ->
                    evaluations.planVisit(
                        cycle, start, start.minusDays(1), "Zagreb", null, null, version)),
        "visitEndsOn",
        "standards.evaluation.error.ends-before");
    assertThatThrownBy(
            () ->
                as(
                    SECRETARIAT,
                    () -> evaluations.planVisit(cycle, null, null, " ", null, null, version)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::field)
                    .containsExactly("visitStartsOn", "visitEndsOn", "visitLocation"));
    assertProblems(
        () ->
            as(
                SECRETARIAT,
                () ->
                    evaluations.planVisit(
                        cycle, start, start, "x".repeat(301), null, null, version)),
        "visitLocation",
        "standards.evaluation.error.too-long");
    assertThatThrownBy(
            () ->
                as(
                    HR_LEAD,
                    () ->
                        evaluations.planVisit(
                            cycle, start, start.plusDays(1), "Zagreb", null, null, version)))
        .isInstanceOf(AccessDeniedException.class);

    EvaluationView planned =
        as(
            EVALUATOR,
            () ->
                evaluations.planVisit(
                    cycle,
                    start,
                    start.plusDays(1),
                    "Zagreb, head office",
                    "Day 1: management\nDay 2: helpline",
                    "Director, two volunteers",
                    version));
    assertThat(planned.visit().planned()).isTrue();
    assertThat(planned.version()).isGreaterThan(version);

    assertThatThrownBy(
            () ->
                as(
                    SECRETARIAT,
                    () ->
                        evaluations.planVisit(
                            cycle, start, start.plusDays(2), "Split", null, null, version)))
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            e -> {
              assertThat(e.currentVersion()).isEqualTo(planned.version());
              assertThat(((EvaluationView.Visit) e.current()).location())
                  .isEqualTo("Zagreb, head office");
            });

    EvaluationView asMember = as(HR_LEAD, () -> evaluations.view(cycle));
    assertThat(asMember.visit().location()).isEqualTo("Zagreb, head office");
    assertThat(asMember.visit().endsOn()).isEqualTo(start.plusDays(1));
    assertThat(asMember.evaluators()).hasSize(1);
  }

  @Test
  void onlyAnAssignedEvaluatorRecordsFindingsAndOthersDoNotEvenSeeTheCycle() {
    startEvaluation();
    UUID first = indicators.get(0).id();

    assertThatThrownBy(
            () ->
                as(
                    EVALUATOR_AT,
                    () ->
                        evaluations.recordFinding(
                            cycle, first, FindingResult.MET, null, null, null)))
        .isInstanceOf(CycleNotFound.class);
    assertThatThrownBy(
            () ->
                as(
                    SECRETARIAT,
                    () ->
                        evaluations.recordFinding(
                            cycle, first, FindingResult.MET, null, null, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                as(
                    HR_LEAD,
                    () ->
                        evaluations.recordFinding(
                            cycle, first, FindingResult.MET, null, null, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                as(
                    EVALUATOR,
                    () ->
                        evaluations.recordFinding(
                            cycle, UUID.randomUUID(), FindingResult.MET, null, null, null)))
        .isInstanceOf(CycleNotFound.class);
    assertThat(findingCount()).isZero();

    FindingPart saved =
        as(
            EVALUATOR,
            () ->
                evaluations.recordFinding(
                    cycle, first, FindingResult.MET, null, "Statutes of 2019", null));
    assertThat(saved.result()).isEqualTo(FindingResult.MET);
    assertThat(saved.evidenceReviewed()).isEqualTo("Statutes of 2019");
    assertThat(saved.recordedBy()).isNotBlank();
    IndicatorPart shown =
        as(SECRETARIAT, () -> evaluations.view(cycle)).standards().get(0).indicators().get(0);
    assertThat(shown.finding().result()).isEqualTo(FindingResult.MET);
    assertThat(shown.selfRating()).isEqualTo(2);
    assertThat(shown.selfRatingLabel().in("en")).isEqualTo("Largely in place");
    assertThat(shown.narrative()).isEqualTo("Narrative for 1.1.1");
    assertThat(shown.evidenceCount()).isEqualTo(1);
  }

  @Test
  void partlyMetAndNotMetNeedACommentAndAResultIsNeeded() {
    startEvaluation();
    UUID first = indicators.get(0).id();

    assertProblems(
        () ->
            as(
                EVALUATOR,
                () ->
                    evaluations.recordFinding(
                        cycle, first, FindingResult.NOT_MET, " ", null, null)),
        "comment",
        "standards.evaluation.error.comment");
    assertProblems(
        () ->
            as(
                EVALUATOR,
                () ->
                    evaluations.recordFinding(
                        cycle, first, FindingResult.PARTLY_MET, null, null, null)),
        "comment",
        "standards.evaluation.error.comment");
    assertProblems(
        () -> as(EVALUATOR, () -> evaluations.recordFinding(cycle, first, null, "x", null, null)),
        "result",
        "standards.evaluation.error.result");
    assertThat(findingCount()).isZero();

    FindingPart saved =
        as(
            EVALUATOR,
            () ->
                evaluations.recordFinding(
                    cycle, first, FindingResult.NOT_MET, "  No written statutes.  ", null, null));
    assertThat(saved.comment()).isEqualTo("No written statutes.");
  }

  @Test
  void aStaleFindingIsRefusedAndTheFirstIsKept() {
    startEvaluation();
    as(SECRETARIAT, () -> evaluations.assignEvaluator(cycle, id(EVALUATOR_AT), false));
    UUID first = indicators.get(0).id();

    FindingPart saved =
        as(
            EVALUATOR,
            () ->
                evaluations.recordFinding(
                    cycle, first, FindingResult.PARTLY_MET, "First view", null, null));
    assertThatThrownBy(
            () ->
                as(
                    EVALUATOR_AT,
                    () ->
                        evaluations.recordFinding(
                            cycle, first, FindingResult.MET, null, null, null)))
        .as("both started from no finding")
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            e -> {
              assertThat(e.currentVersion()).isEqualTo(saved.version());
              assertThat(((FindingPart) e.current()).comment()).isEqualTo("First view");
            });

    FindingPart changed =
        as(
            EVALUATOR_AT,
            () ->
                evaluations.recordFinding(
                    cycle, first, FindingResult.NOT_MET, "Second view", null, saved.version()));
    assertThatThrownBy(
            () ->
                as(
                    EVALUATOR,
                    () ->
                        evaluations.recordFinding(
                            cycle, first, FindingResult.MET, null, null, saved.version())))
        .isInstanceOf(ConcurrentChange.class);
    IndicatorPart shown =
        as(SECRETARIAT, () -> evaluations.view(cycle)).standards().get(0).indicators().get(0);
    assertThat(shown.finding().comment()).isEqualTo("Second view");
    assertThat(shown.finding().version()).isEqualTo(changed.version());
  }

  @Test
  void theMemberSeesNoFindingNorReportBeforeTheReportIsComplete() {
    startEvaluation();
    recordAll(FindingResult.MET);
    as(EVALUATOR, () -> evaluations.draftReport(cycle, "A strong service.", version()));

    for (String member : List.of(HR_LEAD, HR_SUPERVISOR)) {
      EvaluationView view = as(member, () -> evaluations.view(cycle));
      assertThat(view.findingsShown()).as(member).isFalse();
      assertThat(view.counts()).isNull();
      assertThat(view.reportSummary()).isNull();
      assertThat(view.standards())
          .flatExtracting(EvaluationView.StandardPart::indicators)
          .extracting(IndicatorPart::finding)
          .containsOnlyNulls();
      assertThat(view.evaluators()).hasSize(1);
      assertThat(view.may().readReport()).isFalse();
      assertThatThrownBy(() -> as(member, () -> evaluations.reportPdf(cycle, Locale.ENGLISH)))
          .isInstanceOf(CycleNotFound.class);
    }
    assertThat(as(SECRETARIAT, () -> evaluations.view(cycle)).counts().met()).isEqualTo(5);
  }

  @Test
  void theReportIsNotCompletedWhileIndicatorsLackAFindingAndTheMessageListsThem() {
    startEvaluation();
    for (IndicatorNode indicator : indicators.subList(0, 2)) {
      as(
          EVALUATOR,
          () ->
              evaluations.recordFinding(
                  cycle, indicator.id(), FindingResult.MET, null, null, null));
    }

    assertThatThrownBy(() -> as(EVALUATOR, () -> evaluations.completeReport(cycle)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.problems())
                  .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(
                          "findings", "standards.evaluation.error.missing"),
                      org.assertj.core.groups.Tuple.tuple(
                          "reportSummary", "standards.evaluation.error.summary-required"));
              assertThat(e.problems().get(0).arguments()).containsExactly("1.2.1, 2.1.1, 2.1.2");
            });
    EvaluationView view = as(SECRETARIAT, () -> evaluations.view(cycle));
    assertThat(view.cycle().stage()).isEqualTo(CycleStage.EVALUATION);
    assertThat(view.completed()).isFalse();
    assertThat(view.missing()).containsExactly("1.2.1", "2.1.1", "2.1.2");
    assertThat(view.counts().withoutFinding()).isEqualTo(3);
  }

  @Test
  void completingTheReportOpensTheImprovementPlanAndTheMemberResponds() throws Exception {
    startEvaluation();
    as(SECRETARIAT, () -> evaluations.assignEvaluator(cycle, id(EVALUATOR_AT), false));
    recordAll(FindingResult.MET);
    UUID notMet = indicators.get(3).id();
    FindingPart gap =
        as(
            EVALUATOR_AT,
            () ->
                evaluations.recordFinding(
                    cycle,
                    notMet,
                    FindingResult.NOT_MET,
                    "Records are kept in an unlocked cupboard.",
                    "Visit of the office",
                    version(notMet)));
    as(
        EVALUATOR,
        () ->
            evaluations.draftReport(
                cycle, "Hrvatska udruga: a strong service with one gap.", version()));

    assertThatThrownBy(() -> as(EVALUATOR_AT, () -> evaluations.completeReport(cycle)))
        .as("only the lead completes the report")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(SECRETARIAT, () -> evaluations.completeReport(cycle)))
        .isInstanceOf(AccessDeniedException.class);

    EvaluationView done = as(EVALUATOR, () -> evaluations.completeReport(cycle));

    assertThat(done.completed()).isTrue();
    assertThat(done.cycle().stage()).isEqualTo(CycleStage.IMPROVEMENT);
    assertThat(done.counts()).isEqualTo(new EvaluationView.Counts(4, 0, 1, 0));
    assertThat(events.stream(CycleStageChanged.class))
        .filteredOn(e -> e.cycleId().equals(cycle) && e.stage().equals("IMPROVEMENT"))
        .hasSize(1);
    assertThat(notifications(id(HR_LEAD), "standards.evaluation.notice.reported")).isEqualTo(1);
    assertThat(notifications(id(SECRETARIAT), "standards.evaluation.notice.reported")).isEqualTo(1);
    assertProblems(
        () ->
            as(
                EVALUATOR,
                () ->
                    evaluations.recordFinding(
                        cycle, notMet, FindingResult.MET, null, null, gap.version())),
        null,
        "standards.evaluation.error.completed");
    assertProblems(
        () -> as(SECRETARIAT, () -> evaluations.assignEvaluator(cycle, id(EVALUATOR), false)),
        null,
        "standards.evaluation.error.completed");

    EvaluationView asMember = as(HR_LEAD, () -> evaluations.view(cycle));
    assertThat(asMember.findingsShown()).isTrue();
    assertThat(asMember.reportSummary()).startsWith("Hrvatska udruga");
    assertThat(asMember.may().respond()).isTrue();

    assertProblems(
        () -> as(HR_LEAD, () -> evaluations.respond(cycle, notMet, "  ", gap.version())),
        "response",
        "standards.evaluation.error.response");
    assertThatThrownBy(
            () -> as(EVALUATOR, () -> evaluations.respond(cycle, notMet, "No", gap.version())))
        .isInstanceOf(AccessDeniedException.class);
    FindingPart answered =
        as(
            HR_LEAD,
            () ->
                evaluations.respond(
                    cycle, notMet, "A locked cabinet is ordered for March.", gap.version()));
    assertThat(answered.response()).isEqualTo("A locked cabinet is ordered for March.");
    assertThat(answered.respondedBy()).isNotBlank();
    assertThatThrownBy(
            () ->
                as(HR_SUPERVISOR, () -> evaluations.respond(cycle, notMet, "Later", gap.version())))
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            e ->
                assertThat(((FindingPart) e.current()).response())
                    .isEqualTo("A locked cabinet is ordered for March."));

    byte[] pdf = as(HR_LEAD, () -> evaluations.reportPdf(cycle, Locale.ENGLISH));
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text = text(pdf);
    String organisation = organisations.find(croatia).orElseThrow().name();
    assertThat(text)
        .contains("Evaluation report")
        .contains(organisation)
        .contains("Records are kept in an unlocked cupboard.")
        .contains("A locked cabinet is ordered for March.")
        .contains("Not met");
    assertThat(text(as(SECRETARIAT, () -> evaluations.reportPdf(cycle, Locale.FRENCH))))
        .contains("Rapport d’évaluation");
  }

  @Test
  void theSecretariatMarksAPilot() {
    testCycles.submit(cycle);
    assertThat(as(SECRETARIAT, () -> evaluations.markPilot(cycle, true)).cycle().pilot()).isTrue();
    assertThat(as(HR_LEAD, () -> evaluations.view(cycle)).cycle().pilot()).isTrue();
    assertThatThrownBy(() -> as(HR_LEAD, () -> evaluations.markPilot(cycle, false)))
        .isInstanceOf(AccessDeniedException.class);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private UUID open(UUID organisation, UUID framework) {
    return as(SECRETARIAT, () -> cycles.open(new OpenCycle(organisation, framework, null, false)))
        .id();
  }

  private void startEvaluation() {
    testCycles.submit(cycle);
    as(SECRETARIAT, () -> evaluations.assignEvaluator(cycle, id(EVALUATOR), true));
  }

  private void recordAll(FindingResult result) {
    for (IndicatorNode indicator : indicators) {
      as(
          EVALUATOR,
          () -> evaluations.recordFinding(cycle, indicator.id(), result, null, null, null));
    }
  }

  private long version() {
    return as(SECRETARIAT, () -> evaluations.view(cycle)).version();
  }

  private Long version(UUID indicatorId) {
    return as(SECRETARIAT, () -> evaluations.view(cycle)).standards().stream()
        .flatMap(s -> s.indicators().stream())
        .filter(i -> i.id().equals(indicatorId))
        .findFirst()
        .map(IndicatorPart::finding)
        .map(FindingPart::version)
        .orElse(null);
  }

  private <T> T as(String email, Supplier<T> work) {
    return tenancy.asUser(email, work);
  }

  private UUID id(String email) {
    return jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, email);
  }

  private int evaluatorCount(UUID cycleId) {
    return jdbc.queryForObject(
        "select count(*) from standards_evaluator where cycle_id = ?", Integer.class, cycleId);
  }

  private int findingCount() {
    return jdbc.queryForObject(
        "select count(*) from standards_finding where cycle_id = ?", Integer.class, cycle);
  }

  private int notifications(UUID userId, String key) {
    return jdbc.queryForObject(
        "select count(*) from platform_notification where user_id = ? and message_key = ?"
            + " and link = ?",
        Integer.class,
        userId,
        key,
        "/app/standards/cycles/" + cycle + "/evaluation");
  }

  private static void assertProblems(ThrowingCallable call, String field, String key) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(field, key)));
  }

  private static String text(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      StringBuilder text = new StringBuilder();
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      reader.close();
      return text.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
