package eu.pharos.referral.webhook;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Runs the webhook delivery job for tests of other packages, at a time of their choosing. */
public final class WebhookJobs {

  private WebhookJobs() {}

  /** Attempts every delivery due by {@code now}; returns how many. */
  public static int deliverDue(ApplicationContext context, Instant now) {
    return context.getBean(WebhookDeliveries.class).deliverDue(now);
  }
}
