package eu.pharos.helpline.cases;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On one node of the cluster at a time: every few minutes, reminds assignees of follow-ups that
 * fell due; every hour, owners of overdue plan actions (once a day each, see {@link
 * CaseReminders}).
 */
@Component
class CaseReminderJob {

  static final String FOLLOW_UP_LOCK = "helpline.cases.follow-up-reminders";
  static final String ACTION_LOCK = "helpline.cases.overdue-action-reminders";

  private static final Logger log = LoggerFactory.getLogger(CaseReminderJob.class);

  private final CaseReminders reminders;
  private final Clock clock;

  CaseReminderJob(CaseReminders reminders, Clock clock) {
    this.reminders = reminders;
    this.clock = clock;
  }

  @Scheduled(cron = "${pharos.helpline.reminders.follow-up-cron:0 */5 * * * *}")
  @SchedulerLock(name = FOLLOW_UP_LOCK, lockAtMostFor = "PT4M", lockAtLeastFor = "PT30S")
  public void remindFollowUps() {
    int reminded = reminders.followUpsDue(Instant.now(clock));
    if (reminded > 0) {
      log.info("Reminded assignees of {} follow-ups that fell due", reminded);
    }
  }

  @Scheduled(cron = "${pharos.helpline.reminders.action-cron:0 10 * * * *}")
  @SchedulerLock(name = ACTION_LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
  public void remindOverdueActions() {
    int reminded = reminders.overdueActions(Instant.now(clock));
    if (reminded > 0) {
      log.info("Reminded owners of {} overdue plan actions", reminded);
    }
  }
}
