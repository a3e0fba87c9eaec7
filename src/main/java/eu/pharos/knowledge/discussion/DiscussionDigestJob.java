package eu.pharos.knowledge.discussion;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, on one node of the cluster, sends the discussions' e-mail digests that are due.
 */
@Component
class DiscussionDigestJob {

  static final String LOCK = "knowledge.discussion-digest";

  private static final Logger log = LoggerFactory.getLogger(DiscussionDigestJob.class);

  private final DiscussionDigest digest;
  private final Clock clock;

  DiscussionDigestJob(DiscussionDigest digest, Clock clock) {
    this.digest = digest;
    this.clock = clock;
  }

  @Scheduled(
      cron = "${pharos.knowledge.digest-cron:0 0 7 * * *}",
      zone = "${pharos.network.secretariat-time-zone:Europe/Brussels}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
  public void send() {
    DiscussionDigest.Sent sent = digest.send(clock.instant());
    log.info("Discussion digests: {} e-mails with {} posts", sent.mails(), sent.posts());
  }
}
