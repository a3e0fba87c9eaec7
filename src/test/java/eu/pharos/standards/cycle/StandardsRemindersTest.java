package eu.pharos.standards.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.identity.Organisations;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The daily reminders: before an action's due date, weekly once overdue, before expiry. */
@PharosTest
class StandardsRemindersTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String HR_LEAD = "quality.hr-vwss@pharos.test";
  static final String HR_SUPERVISOR = "supervisor.hr-vwss@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cycles cycles;
  @Autowired ImprovementPlans plans;
  @Autowired Accreditations accreditations;
  @Autowired StandardsReminders reminders;
  @Autowired TestFrameworks frameworks;
  @Autowired CycleStages stages;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  UUID croatia;
  UUID cycleId;
  List<IndicatorNode> indicators;
  LocalDate today = LocalDate.now();

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
    indicators = stages.toImprovement(cycleId, FindingResult.NOT_MET, FindingResult.PARTLY_MET);
  }

  @AfterEach
  void tearDown() {
    stages.removeCyclesOf(croatia);
  }

  @Test
  void anActionIsRemindedOnceBeforeItsDueDateThenWeeklyWhileOverdue() {
    LocalDate due = today.plusDays(10);
    UUID supervisor = userId(HR_SUPERVISOR);
    ActionView action =
        tenancy.asUser(
            HR_LEAD,
            () ->
                plans.add(
                    cycleId,
                    new PlanAction(
                        indicators.get(0).id(), "Write it down", supervisor, null, due)));
    UUID secretariat = userId(SECRETARIAT);

    reminders.send(due.minusDays(8));
    assertThat(count(supervisor, "standards.reminder.due")).isZero();

    reminders.send(due.minusDays(7));
    assertThat(count(supervisor, "standards.reminder.due")).isEqualTo(1);
    assertThat(count(secretariat, "standards.reminder.due")).isEqualTo(1);
    assertThat(remindedBefore(action.id())).isEqualTo(due.minusDays(7));
    reminders.send(due.minusDays(6));
    reminders.send(due);
    assertThat(count(supervisor, "standards.reminder.due")).isEqualTo(1);

    reminders.send(due.plusDays(1));
    assertThat(count(supervisor, "standards.reminder.overdue")).isEqualTo(1);
    assertThat(count(secretariat, "standards.reminder.overdue")).isEqualTo(1);
    reminders.send(due.plusDays(2));
    reminders.send(due.plusDays(7));
    assertThat(count(supervisor, "standards.reminder.overdue")).isEqualTo(1);
    reminders.send(due.plusDays(8));
    assertThat(count(supervisor, "standards.reminder.overdue")).isEqualTo(2);
    assertThat(count(userId(HR_LEAD), "standards.reminder.overdue")).isZero();
  }

  @Test
  void anActionWithoutAnAccountGoesToTheMembersAdminsAndADoneOneIsNotReminded() {
    LocalDate due = today.plusDays(3);
    tenancy.asUser(
        HR_LEAD,
        () ->
            plans.add(
                cycleId,
                new PlanAction(indicators.get(1).id(), "Ask the board", null, "Board chair", due)));
    ActionView done =
        tenancy.asUser(
            HR_LEAD,
            () ->
                plans.add(
                    cycleId,
                    new PlanAction(indicators.get(0).id(), "Already done", null, "Nobody", due)));
    tenancy.asUser(
        HR_LEAD, () -> plans.complete(cycleId, done.id(), "Board minutes", done.version()));

    reminders.send(today);
    UUID lead = userId(HR_LEAD);
    assertThat(count(lead, "standards.reminder.due")).isEqualTo(1);
    assertThat(count(userId(HR_SUPERVISOR), "standards.reminder.due")).isZero();
    assertThat(remindedBefore(done.id())).isNull();
  }

  @Test
  void anAccreditationEndingWithinNinetyDaysIsRemindedOnce() {
    LocalDate until = today.plusDays(200);
    tenancy.asUser(
        SECRETARIAT,
        () ->
            accreditations.decide(
                cycleId, DecisionOutcome.ACCREDITED, today.minusYears(2), until, null, List.of()));
    UUID lead = userId(HR_LEAD);
    UUID secretariat = userId(SECRETARIAT);

    reminders.send(until.minusDays(91));
    assertThat(expiryNotices(lead)).isZero();
    reminders.send(until.minusDays(90));
    assertThat(expiryNotices(lead)).isEqualTo(1);
    assertThat(expiryNotices(secretariat)).isEqualTo(1);
    assertThat(expiryNotices(userId(HR_SUPERVISOR))).isEqualTo(1);
    reminders.send(until.minusDays(30));
    assertThat(expiryNotices(lead)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select expiry_reminded_at is not null from standards_decision where cycle_id = ?",
                Boolean.class,
                cycleId))
        .isTrue();
  }

  private UUID userId(String email) {
    return jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, email);
  }

  private LocalDate remindedBefore(UUID actionId) {
    return jdbc.queryForObject(
        "select reminded_before_on from standards_action where id = ?", LocalDate.class, actionId);
  }

  private int count(UUID userId, String key) {
    return jdbc.queryForObject(
        "select count(*) from platform_notification where user_id = ? and message_key = ?"
            + " and link = ?",
        Integer.class,
        userId,
        key,
        "/app/standards/cycles/" + cycleId + "/plan");
  }

  private int expiryNotices(UUID userId) {
    String name = organisations.find(croatia).orElseThrow().name();
    return jdbc.queryForObject(
        "select count(*) from platform_notification where user_id = ? and message_key ="
            + " 'standards.reminder.expiry' and args like ?",
        Integer.class,
        userId,
        "%" + name + "%" + today.plusDays(200) + "%");
  }
}
