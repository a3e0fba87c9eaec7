package eu.pharos.helpline.cases;

import static eu.pharos.helpline.cases.CaseTestSupport.ADVISOR;
import static eu.pharos.helpline.cases.CaseTestSupport.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.FollowUpView;
import eu.pharos.helpline.NewFollowUp;
import eu.pharos.helpline.NewPlanAction;
import eu.pharos.helpline.PlanActionView;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Reminders of case work, run with a fixed clock: once per follow-up, once a day per action. */
@PharosTest
class CaseReminderJobTest {

  static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

  @Autowired CaseReminders reminders;
  @Autowired Cases cases;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  CaseTestSupport support;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    support = new CaseTestSupport(tenancy, cases, jdbc);
  }

  @Test
  void theAssigneeIsRemindedOnceWhenAFollowUpFallsDue() {
    CaseView view = support.openCase("Reminded Victim", "Follow me up");
    UUID supervisor = support.userId(SUPERVISOR);
    Instant due = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    FollowUpView followUp =
        tenancy.asUser(
            ADVISOR,
            () ->
                cases.scheduleFollowUp(
                    view.id(), new NewFollowUp(due, supervisor, "Private reason")));
    FollowUpView later =
        tenancy.asUser(
            ADVISOR,
            () ->
                cases.scheduleFollowUp(
                    view.id(), new NewFollowUp(due.plus(2, ChronoUnit.DAYS), null, null)));

    job(due.minusSeconds(60)).remindFollowUps();
    assertThat(notifications(view, CaseReminders.FOLLOW_UP_DUE)).isEmpty();

    job(due.plusSeconds(60)).remindFollowUps();
    List<UUID> recipients = notifications(view, CaseReminders.FOLLOW_UP_DUE);
    assertThat(recipients).containsExactly(supervisor);
    String args =
        jdbc.queryForObject(
            "select args from platform_notification where link like ? and message_key = ?",
            String.class,
            "/app/helpline/cases/" + view.id() + "%",
            CaseReminders.FOLLOW_UP_DUE);
    assertThat(args).contains(view.reference()).doesNotContain("Private reason");

    job(due.plusSeconds(600)).remindFollowUps();
    assertThat(notifications(view, CaseReminders.FOLLOW_UP_DUE)).as("once").hasSize(1);
    assertThat(
            tenancy.asUser(ADVISOR, () -> cases.get(view.id())).followUps().stream()
                .filter(f -> f.id().equals(followUp.id()))
                .findFirst()
                .orElseThrow()
                .remindedAt())
        .isNotNull();

    // Done before it falls due: never reminded.
    tenancy.asUser(ADVISOR, () -> cases.completeFollowUp(view.id(), later.id()));
    job(due.plus(3, ChronoUnit.DAYS)).remindFollowUps();
    assertThat(notifications(view, CaseReminders.FOLLOW_UP_DUE)).hasSize(1);
  }

  @Test
  void theOwnerOfAnOverdueActionIsRemindedOnceADayFromSevenInTheMorning() {
    CaseView view = support.openCase("Overdue Victim", "Act on it");
    UUID advisor = support.userId(ADVISOR);
    LocalDate dueOn = LocalDate.now(LISBON).plusDays(1);
    PlanActionView action =
        tenancy.asUser(
            ADVISOR,
            () -> cases.addAction(view.id(), new NewPlanAction("Private task", null, dueOn)));

    job(at(dueOn, 10)).remindOverdueActions();
    assertThat(notifications(view, CaseReminders.ACTION_OVERDUE)).as("due, not overdue").isEmpty();

    job(at(dueOn.plusDays(1), 6)).remindOverdueActions();
    assertThat(notifications(view, CaseReminders.ACTION_OVERDUE)).as("before seven").isEmpty();

    job(at(dueOn.plusDays(1), 7)).remindOverdueActions();
    assertThat(notifications(view, CaseReminders.ACTION_OVERDUE)).containsExactly(advisor);
    job(at(dueOn.plusDays(1), 15)).remindOverdueActions();
    assertThat(notifications(view, CaseReminders.ACTION_OVERDUE)).as("same day").hasSize(1);
    job(at(dueOn.plusDays(2), 8)).remindOverdueActions();
    assertThat(notifications(view, CaseReminders.ACTION_OVERDUE)).as("next day").hasSize(2);

    // A closed case reminds nobody.
    long version = tenancy.asUser(ADVISOR, () -> cases.get(view.id())).version();
    tenancy.asUser(
        ADVISOR, () -> cases.close(view.id(), CaseOutcome.NO_LONGER_REACHABLE, null, version));
    job(at(dueOn.plusDays(3), 8)).remindOverdueActions();
    assertThat(notifications(view, CaseReminders.ACTION_OVERDUE)).hasSize(2);
    assertThat(action.ownerId()).isEqualTo(advisor);
  }

  private CaseReminderJob job(Instant now) {
    return new CaseReminderJob(reminders, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(LISBON).toInstant();
  }

  private List<UUID> notifications(CaseView view, String messageKey) {
    return jdbc.queryForList(
        "select user_id from platform_notification where link like ? and message_key = ?",
        UUID.class,
        "/app/helpline/cases/" + view.id() + "%",
        messageKey);
  }
}
