package eu.pharos.referral.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On one node of the cluster at a time: every few minutes, the response targets of referrals
 * awaiting an answer; once a day, consents past their last day.
 */
@Component
class ReferralJobs {

  static final String TARGETS_LOCK = "referral.response-targets";
  static final String EXPIRY_LOCK = "referral.consent-expiry";

  private static final Logger log = LoggerFactory.getLogger(ReferralJobs.class);

  private final ReferralDeadlines deadlines;
  private final Clock clock;

  ReferralJobs(ReferralDeadlines deadlines, Clock clock) {
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Scheduled(cron = "${pharos.referral.targets-cron:0 */5 * * * *}")
  @SchedulerLock(name = TARGETS_LOCK, lockAtMostFor = "PT4M", lockAtLeastFor = "PT30S")
  public void checkResponseTargets() {
    int sent = deadlines.remind(Instant.now(clock));
    if (sent > 0) {
      log.info("Reminded or escalated {} referrals awaiting an answer", sent);
    }
  }

  @Scheduled(cron = "${pharos.referral.consent-expiry-cron:0 20 3 * * *}")
  @SchedulerLock(name = EXPIRY_LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
  public void expireConsents() {
    int expired = deadlines.expireConsents(LocalDate.now(clock), Instant.now(clock));
    if (expired > 0) {
      log.info("Erased the packages of {} referrals whose consent ran out", expired);
    }
  }
}
