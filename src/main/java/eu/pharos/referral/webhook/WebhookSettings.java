package eu.pharos.referral.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pharos.referral.webhooks.*}.
 *
 * @param allowInsecureLocalhost accept {@code http} (and {@code https}) addresses on the local
 *     machine (localhost, 127.0.0.0/8, ::1); for tests and local development only, never in
 *     production
 * @param connectTimeout how long to wait for a connection to a webhook
 * @param readTimeout how long to wait for its answer once the request is sent
 * @param backoff the delay after the first failed attempt, the second, …; the last one repeats
 * @param maxAttempts attempts in all before a delivery is given up
 * @param batchSize deliveries attempted per run of the job at most
 */
@ConfigurationProperties("pharos.referral.webhooks")
record WebhookSettings(
    @DefaultValue("false") boolean allowInsecureLocalhost,
    @DefaultValue("3s") Duration connectTimeout,
    @DefaultValue("5s") Duration readTimeout,
    @DefaultValue({"1m", "5m", "30m", "2h", "12h", "24h"}) List<Duration> backoff,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("100") int batchSize) {

  WebhookSettings {
    if (backoff == null || backoff.isEmpty()) {
      backoff = List.of(Duration.ofMinutes(1));
    }
    backoff = List.copyOf(backoff);
    if (maxAttempts < 1) {
      throw new IllegalArgumentException(
          "pharos.referral.webhooks.max-attempts must be at least 1");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("pharos.referral.webhooks.batch-size must be at least 1");
    }
  }

  RetrySchedule retrySchedule() {
    return new RetrySchedule(backoff, maxAttempts);
  }
}
