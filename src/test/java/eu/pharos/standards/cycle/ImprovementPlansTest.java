package eu.pharos.standards.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.identity.Organisations;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.framework.FrameworkTree.IndicatorNode;
import eu.pharos.standards.framework.TestFrameworks;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The improvement plan: actions only where the evaluators found a gap, kept by member and
 * secretariat.
 */
@PharosTest
class ImprovementPlansTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String HR_LEAD = "quality.hr-vwss@pharos.test";
  static final String HR_SUPERVISOR = "supervisor.hr-vwss@pharos.test";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";
  static final String EVALUATOR = "evaluator@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cycles cycles;
  @Autowired ImprovementPlans plans;
  @Autowired TestFrameworks frameworks;
  @Autowired CycleStages stages;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  UUID croatia;
  UUID cycleId;
  List<IndicatorNode> indicators;
  LocalDate soon = LocalDate.now().plusDays(20);

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    croatia = organisations.findByShortName("HR-VWSS").orElseThrow().id();
    stages.removeCyclesOf(croatia);
    UUID framework = frameworks.adopted();
    cycleId =
        tenancy
            .asUser(SECRETARIAT, () -> cycles.open(new OpenCycle(croatia, framework, null, false)))
            .id();
    indicators =
        stages.toImprovement(
            cycleId, FindingResult.NOT_MET, FindingResult.PARTLY_MET, FindingResult.MET);
  }

  @AfterEach
  void tearDown() {
    stages.removeCyclesOf(croatia);
  }

  @Test
  void actionsAnswerOnlyIndicatorsFoundNotMetOrPartlyMet() {
    for (UUID indicator :
        List.of(indicators.get(2).id(), indicators.get(3).id(), UUID.randomUUID())) {
      assertThatThrownBy(() -> tenancy.asUser(HR_LEAD, () -> plans.add(cycleId, action(indicator))))
          .isInstanceOfSatisfying(
              InvalidInput.class,
              e ->
                  assertThat(e.problems())
                      .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                      .containsExactly(
                          org.assertj.core.groups.Tuple.tuple(
                              "indicatorId", "standards.plan.error.indicator")));
    }
    assertThat(actionCount()).isZero();

    ActionView added =
        tenancy.asUser(HR_LEAD, () -> plans.add(cycleId, action(indicators.get(0).id())));
    assertThat(added.status()).isEqualTo(ActionStatus.OPEN);
    assertThat(added.ownerName()).isEqualTo("Ivana Kovač (Croatia)");

    PlanView plan = tenancy.asUser(HR_LEAD, () -> plans.view(cycleId));
    assertThat(plan.indicators())
        .extracting(PlanView.PlanIndicator::code)
        .containsExactly(indicators.get(0).code(), indicators.get(1).code());
    assertThat(plan.indicators().get(0).actions())
        .extracting(ActionView::id)
        .containsExactly(added.id());
    assertThat(plan.indicators().get(0).result()).isEqualTo(FindingResult.NOT_MET);
    assertThat(plan.needingAction())
        .extracting(PlanView.PlanIndicator::code)
        .containsExactly(indicators.get(1).code());
    assertThat(plan.canChange()).isTrue();
  }

  @Test
  void eachBadInputGetsItsFieldAndNothingIsStored() {
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    HR_LEAD,
                    () ->
                        plans.add(
                            cycleId,
                            new PlanAction(
                                indicators.get(0).id(),
                                "  ",
                                null,
                                " ",
                                LocalDate.now().minusDays(1)))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "description", "standards.plan.error.description-required"),
                        org.assertj.core.groups.Tuple.tuple(
                            "ownerUserId", "standards.plan.error.owner-required"),
                        org.assertj.core.groups.Tuple.tuple(
                            "dueOn", "standards.plan.error.due-past")));
    UUID apavAdmin = userId(APAV_ADMIN);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    HR_LEAD,
                    () ->
                        plans.add(
                            cycleId,
                            new PlanAction(
                                indicators.get(0).id(), "x".repeat(2001), apavAdmin, null, null))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::messageKey)
                    .containsExactly(
                        "standards.plan.error.description-long",
                        "standards.plan.error.owner-unknown",
                        "standards.plan.error.due-required"));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    HR_LEAD,
                    () ->
                        plans.add(
                            cycleId,
                            new PlanAction(
                                indicators.get(0).id(), "Train", null, "n".repeat(201), soon))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::field)
                    .containsExactly("ownerName"));
    assertThat(actionCount()).isZero();
  }

  @Test
  void theOwnerIsToldWhenGivenAnAction() {
    UUID supervisor = userId(HR_SUPERVISOR);
    ActionView added =
        tenancy.asUser(
            SECRETARIAT,
            () ->
                plans.add(
                    cycleId,
                    new PlanAction(
                        indicators.get(1).id(), "Write the procedure", supervisor, null, soon)));
    assertThat(added.ownerUserId()).isEqualTo(supervisor);
    assertThat(notifications(supervisor, "standards.plan.notice.assigned")).isEqualTo(1);
  }

  @Test
  void aChangeFromAStaleVersionIsRefusedAndKeepsTheNewerOne() {
    ActionView added =
        tenancy.asUser(HR_LEAD, () -> plans.add(cycleId, action(indicators.get(0).id())));
    ActionView first =
        tenancy.asUser(
            HR_LEAD,
            () ->
                plans.edit(
                    cycleId,
                    added.id(),
                    new PlanAction(indicators.get(1).id(), "Second thoughts", null, "Marko", soon),
                    added.version()));
    assertThat(first.version()).isGreaterThan(added.version());
    assertThat(first.ownerUserId()).isNull();

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SECRETARIAT,
                    () ->
                        plans.edit(
                            cycleId,
                            added.id(),
                            new PlanAction(
                                indicators.get(0).id(), "Stale change", null, "Ivo", soon),
                            added.version())))
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            e -> {
              assertThat(e.currentVersion()).isEqualTo(first.version());
              assertThat(((ActionView) e.current()).description()).isEqualTo("Second thoughts");
            });
    assertThatThrownBy(
            () -> tenancy.asUser(HR_LEAD, () -> plans.start(cycleId, added.id(), added.version())))
        .isInstanceOf(ConcurrentChange.class);
    assertThat(tenancy.asUser(HR_LEAD, () -> plans.action(cycleId, added.id())).description())
        .isEqualTo("Second thoughts");
  }

  @Test
  void completingNeedsEvidenceAndProgressCountsDoneAndOverdue() {
    ActionView one =
        tenancy.asUser(HR_LEAD, () -> plans.add(cycleId, action(indicators.get(0).id())));
    ActionView two =
        tenancy.asUser(HR_LEAD, () -> plans.add(cycleId, action(indicators.get(1).id())));
    ActionView started =
        tenancy.asUser(HR_LEAD, () -> plans.start(cycleId, one.id(), one.version()));
    assertThat(started.status()).isEqualTo(ActionStatus.IN_PROGRESS);

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    HR_LEAD, () -> plans.complete(cycleId, one.id(), " ", started.version())))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "completionEvidence", "standards.action.error.evidence-required")));
    ActionView done =
        tenancy.asUser(
            HR_LEAD,
            () -> plans.complete(cycleId, one.id(), "Adopted by the board", started.version()));
    assertThat(done.status()).isEqualTo(ActionStatus.DONE);
    assertThat(done.completionEvidence()).isEqualTo("Adopted by the board");

    jdbc.update(
        "update standards_action set due_on = ? where id = ?",
        LocalDate.now().minusDays(3),
        two.id());
    PlanView plan = tenancy.asUser(SECRETARIAT, () -> plans.view(cycleId));
    assertThat(plan.done()).isEqualTo(1);
    assertThat(plan.total()).isEqualTo(2);
    assertThat(plan.overdue()).isEqualTo(1);
    assertThat(plan.percentDone()).isEqualTo(50);
    assertThat(plan.needingAction()).isEmpty();

    ActionView reopened =
        tenancy.asUser(HR_LEAD, () -> plans.reopen(cycleId, one.id(), done.version()));
    assertThat(reopened.status()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(tenancy.asUser(HR_LEAD, () -> plans.view(cycleId)).done()).isZero();
  }

  @Test
  void evaluatorsReadThePlanAndOutsidersDoNotSeeIt() {
    jdbc.update(
        "insert into standards_evaluator (cycle_id, user_id, organisation_id, lead, assigned_at)"
            + " values (?, ?, ?, true, current_timestamp)",
        cycleId,
        userId(EVALUATOR),
        jdbc.queryForObject(
            "select organisation_id from identity_user where email = ?", UUID.class, EVALUATOR));
    PlanView read = tenancy.asUser(EVALUATOR, () -> plans.view(cycleId));
    assertThat(read.canChange()).isFalse();
    assertThat(read.owners()).isEmpty();
    assertThatThrownBy(
            () ->
                tenancy.asUser(EVALUATOR, () -> plans.add(cycleId, action(indicators.get(0).id()))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> tenancy.asUser(APAV_ADMIN, () -> plans.view(cycleId)))
        .isInstanceOf(CycleNotFound.class);
    assertThat(actionCount()).isZero();
  }

  @Test
  void thePlanOpensOnlyOnceTheReportIsComplete() {
    stages.removeCyclesOf(croatia);
    UUID framework = frameworks.adopted();
    UUID early =
        tenancy
            .asUser(SECRETARIAT, () -> cycles.open(new OpenCycle(croatia, framework, null, false)))
            .id();
    stages.toEvaluation(early);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    HR_LEAD,
                    () ->
                        plans.add(
                            early,
                            new PlanAction(UUID.randomUUID(), "Too early", null, "Ana", soon))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::messageKey)
                    .containsExactly("standards.plan.error.stage"));
  }

  private PlanAction action(UUID indicatorId) {
    return new PlanAction(indicatorId, "Adopt a complaints procedure", userId(HR_LEAD), null, soon);
  }

  private UUID userId(String email) {
    return jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, email);
  }

  private int actionCount() {
    return jdbc.queryForObject(
        "select count(*) from standards_action where cycle_id = ?", Integer.class, cycleId);
  }

  private int notifications(UUID userId, String key) {
    return jdbc.queryForObject(
        "select count(*) from platform_notification where user_id = ? and message_key = ?"
            + " and link = ?",
        Integer.class,
        userId,
        key,
        "/app/standards/cycles/" + cycleId + "/plan");
  }
}
