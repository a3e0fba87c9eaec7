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
 * @param allowedInternalRanges private or otherwise internal address ranges (CIDR, such as {@code
 *     10.8.0.0/16} or {@code fd12:3456::/48}) that webhooks may reach all the same, for members
 *     whose case system sits on a private network reached through a VPN; empty by default
 * @param connectTimeout how long to wait for a connection to a webhook
 * @param readTimeout how long to wait for its answer once the request is sent
 * @param backoff the delay after the first failed attempt, the second, …; the last one repeats
 * @param maxAttempts attempts in all before a delivery is given up
 * @param batchSize deliveries attempted per run of the job at most
 */
@ConfigurationProperties("pharos.referral.webhooks")
record WebhookSettings(
    @DefaultValue("false") boolean allowInsecureLocalhost,
    @DefaultValue List<String> allowedInternalRanges,
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
    allowedInternalRanges =
        allowedInternalRanges == null
            ? List.of()
            : allowedInternalRanges.stream().filter(r -> !r.isBlank()).map(String::strip).toList();
    for (String range : allowedInternalRanges) {
      try {
        AddressRange.parse(range);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "pharos.referral.webhooks.allowed-internal-ranges: "
                + range
                + " is not an IP address range such as 10.8.0.0/16",
            e);
      }
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException(
          "pharos.referral.webhooks.max-attempts must be at least 1");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("pharos.referral.webhooks.batch-size must be at least 1");
    }
  }

  /** The addresses webhooks may reach, found by this resolver. */
  WebhookAddresses addresses(HostResolver resolver) {
    return new WebhookAddresses(
        allowInsecureLocalhost,
        allowedInternalRanges.stream().map(AddressRange::parse).toList(),
        resolver);
  }

  RetrySchedule retrySchedule() {
    return new RetrySchedule(backoff, maxAttempts);
  }
}
