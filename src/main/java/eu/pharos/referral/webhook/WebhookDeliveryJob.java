package eu.pharos.referral.webhook;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** On one node of the cluster at a time, every few seconds: sends the webhook deliveries due. */
@Component
class WebhookDeliveryJob {

  static final String LOCK = "referral.webhooks.deliveries";

  private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryJob.class);

  private final WebhookDeliveries deliveries;
  private final Clock clock;

  WebhookDeliveryJob(WebhookDeliveries deliveries, Clock clock) {
    this.deliveries = deliveries;
    this.clock = clock;
  }

  @Scheduled(cron = "${pharos.referral.webhooks.cron:*/15 * * * * *}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT15M", lockAtLeastFor = "PT5S")
  public void deliverDue() {
    int attempted = deliveries.deliverDue(Instant.now(clock));
    if (attempted > 0) {
      log.debug("Attempted {} webhook deliveries", attempted);
    }
  }
}
