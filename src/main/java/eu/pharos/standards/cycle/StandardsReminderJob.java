package eu.pharos.standards.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, on one node of the cluster, sends the standards module's reminders. */
@Component
class StandardsReminderJob {

  static final String LOCK = "standards.reminders";

  private static final Logger log = LoggerFactory.getLogger(StandardsReminderJob.class);

  private final StandardsReminders reminders;
  private final Clock clock;
  private final ZoneId zone;

  StandardsReminderJob(
      StandardsReminders reminders,
      Clock clock,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone) {
    this.reminders = reminders;
    this.clock = clock;
    this.zone = zone;
  }

  @Scheduled(
      cron = "${pharos.standards.reminder-cron:0 30 7 * * *}",
      zone = "${pharos.network.secretariat-time-zone:Europe/Brussels}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT15M", lockAtLeastFor = "PT5M")
  public void remind() {
    StandardsReminders.Sent sent = reminders.send(LocalDate.now(clock.withZone(zone)));
    log.info(
        "Standards reminders: {} actions due soon, {} overdue, {} accreditations ending",
        sent.before(),
        sent.overdue(),
        sent.expiry());
  }
}
