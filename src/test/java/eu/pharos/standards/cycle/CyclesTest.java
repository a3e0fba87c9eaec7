package eu.pharos.standards.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.identity.Organisations;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.CycleStageChanged;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Opening cycles and who sees them: the member, the secretariat, assigned evaluators, nobody else.
 */
@PharosTest
@RecordApplicationEvents
class CyclesTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String HR_LEAD = "quality.hr-vwss@pharos.test";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";
  static final String HR_ADVISOR_LIKE = "advisor.apav@pharos.test";
  static final String EVALUATOR = "evaluator@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cycles cycles;
  @Autowired TestFrameworks frameworks;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEvents events;

  TenancyCheck tenancy;
  UUID croatia;
  UUID apav;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    croatia = organisations.findByShortName("HR-VWSS").orElseThrow().id();
    apav = organisations.findByShortName("APAV").orElseThrow().id();
    removeCyclesOf(croatia);
  }

  @AfterEach
  void tearDown() {
    removeCyclesOf(croatia);
  }

  @Test
  void theSecretariatOpensACycleThatTheMemberSeesAndOthersDoNot() {
    UUID framework = frameworks.adopted();
    CycleSummary opened =
        tenancy.asUser(
            SECRETARIAT,
            () ->
                cycles.open(
                    new OpenCycle(croatia, framework, LocalDate.now().plusMonths(2), true)));

    assertThat(opened.reference()).matches("HR-VWSS-\\d{4}-\\d+");
    assertThat(opened.stage()).isEqualTo(CycleStage.SELF_ASSESSMENT);
    assertThat(opened.pilot()).isTrue();
    assertThat(opened.parties()).containsExactly(Party.SECRETARIAT);
    assertThat(events.stream(CycleStageChanged.class))
        .anyMatch(e -> e.cycleId().equals(opened.id()) && e.stage().equals("SELF_ASSESSMENT"));

    CycleSummary asMember = tenancy.asUser(HR_LEAD, () -> cycles.get(opened.id()));
    assertThat(asMember.parties()).containsExactly(Party.MEMBER);
    assertThat(tenancy.asUser(HR_LEAD, () -> cycles.visible()))
        .extracting(CycleSummary::id)
        .contains(opened.id());

    for (String outsider : List.of(APAV_ADMIN, HR_ADVISOR_LIKE, EVALUATOR)) {
      assertThatThrownBy(() -> tenancy.asUser(outsider, () -> cycles.get(opened.id())))
          .as(outsider)
          .isInstanceOf(CycleNotFound.class);
      assertThat(tenancy.asUser(outsider, () -> cycles.visible()))
          .extracting(CycleSummary::id)
          .doesNotContain(opened.id());
    }
    assertThatThrownBy(() -> tenancy.asUser(HR_LEAD, () -> cycles.get(UUID.randomUUID())))
        .isInstanceOf(CycleNotFound.class);
  }

  @Test
  void onlyTheSecretariatOpensCycles() {
    UUID framework = frameworks.adopted();
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    HR_LEAD, () -> cycles.open(new OpenCycle(croatia, framework, null, false))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(cycleCount(croatia)).isZero();
  }

  @Test
  void eachBadChoiceWhenOpeningGetsItsField() {
    UUID draft = frameworks.draft();
    UUID secretariatOrg = organisations.findByShortName("VSE").orElseThrow().id();

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SECRETARIAT,
                    () ->
                        cycles.open(
                            new OpenCycle(
                                secretariatOrg, draft, LocalDate.now().minusDays(1), false))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::messageKey)
                    .containsExactly(
                        "standards.cycle.error.member",
                        "standards.cycle.error.framework",
                        "standards.cycle.error.due-past"));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SECRETARIAT,
                    () -> cycles.open(new OpenCycle(croatia, UUID.randomUUID(), null, false))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::field)
                    .containsExactly("frameworkId"));
    assertThat(cycleCount(croatia)).isZero();
  }

  @Test
  void aMemberHasOneCycleUnderWayAtATime() {
    UUID framework = frameworks.adopted();
    tenancy.asUser(SECRETARIAT, () -> cycles.open(new OpenCycle(croatia, framework, null, false)));

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SECRETARIAT, () -> cycles.open(new OpenCycle(croatia, framework, null, false))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::messageKey)
                    .containsExactly("standards.cycle.error.under-way"));
    assertThat(cycleCount(croatia)).isEqualTo(1);
  }

  @Test
  void anAssignedEvaluatorSeesTheCycle() {
    UUID framework = frameworks.adopted();
    CycleSummary opened =
        tenancy.asUser(
            SECRETARIAT, () -> cycles.open(new OpenCycle(croatia, framework, null, false)));
    UUID evaluatorId =
        jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, EVALUATOR);
    UUID evaluatorOrg =
        jdbc.queryForObject(
            "select organisation_id from identity_user where email = ?", UUID.class, EVALUATOR);
    jdbc.update(
        "insert into standards_evaluator (cycle_id, user_id, organisation_id, lead, assigned_at)"
            + " values (?, ?, ?, true, current_timestamp)",
        opened.id(),
        evaluatorId,
        evaluatorOrg);

    assertThat(tenancy.asUser(EVALUATOR, () -> cycles.get(opened.id())).parties())
        .containsExactly(Party.EVALUATOR);
    assertThat(tenancy.asUser(EVALUATOR, () -> cycles.visible()))
        .extracting(CycleSummary::id)
        .contains(opened.id());
  }

  private int cycleCount(UUID organisationId) {
    return jdbc.queryForObject(
        "select count(*) from standards_cycle where organisation_id = ?",
        Integer.class,
        organisationId);
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
