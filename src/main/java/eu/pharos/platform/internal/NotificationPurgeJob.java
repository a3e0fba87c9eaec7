package eu.pharos.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, deletes notifications read longer ago than {@code pharos.notifications.keep-read}.
 * Unread notifications stay however old they are.
 */
@Component
class NotificationPurgeJob {

  static final String LOCK = "platform.notifications.purge";

  private static final Logger log = LoggerFactory.getLogger(NotificationPurgeJob.class);

  private final NotificationService notifications;
  private final Duration keepRead;
  private final Clock clock;

  NotificationPurgeJob(
      NotificationService notifications,
      @Value("${pharos.notifications.keep-read:90d}") Duration keepRead,
      Clock clock) {
    this.notifications = notifications;
    this.keepRead = keepRead;
    this.clock = clock;
  }

  /**
   * Holds the lock a few minutes after finishing, so that a node whose clock lags skips the day.
   */
  @Scheduled(cron = "${pharos.notifications.purge-cron:0 20 3 * * *}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT15M", lockAtLeastFor = "PT5M")
  public void purge() {
    int deleted = notifications.deleteReadBefore(Instant.now(clock).minus(keepRead));
    log.info("Deleted {} notifications read more than {} ago", deleted, keepRead);
  }
}
