package eu.pharos.network.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, on one node of the cluster, reminds the secretariat of overdue actions. */
@Component
class OverdueReminderJob {

  static final String LOCK = "network.engagements.overdue-reminders";

  private static final Logger log = LoggerFactory.getLogger(OverdueReminderJob.class);

  private final OverdueReminders reminders;
  private final Clock clock;
  private final ZoneId zone;

  OverdueReminderJob(
      OverdueReminders reminders,
      Clock clock,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone) {
    this.reminders = reminders;
    this.clock = clock;
    this.zone = zone;
  }

  @Scheduled(
      cron = "${pharos.network.reminder-cron:0 0 8 * * *}",
      zone = "${pharos.network.secretariat-time-zone:Europe/Brussels}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT15M", lockAtLeastFor = "PT5M")
  public void remind() {
    int reminded = reminders.send(LocalDate.now(clock.withZone(zone)));
    log.info("Reminded the secretariat of {} overdue follow-up actions", reminded);
  }
}
