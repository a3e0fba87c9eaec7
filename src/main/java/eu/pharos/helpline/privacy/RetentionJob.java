package eu.pharos.helpline.privacy;

import eu.pharos.helpline.Retention;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, on one node of the cluster, anonymises the closed cases that every organisation's
 * policy no longer keeps. The operator command {@code helpline-retention} takes the same lock.
 */
@Component
class RetentionJob {

  static final String LOCK = "helpline.retention";

  private final Retention retention;

  RetentionJob(Retention retention) {
    this.retention = retention;
  }

  /** Holds the lock a while after finishing, so that a node whose clock lags skips the night. */
  @Scheduled(cron = "${pharos.helpline.retention.cron}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT6H", lockAtLeastFor = "PT5M")
  public void run() {
    retention.run();
  }
}
