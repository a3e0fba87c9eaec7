package eu.pharos.referral.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a failed delivery is tried again: after the first failure the first delay, after the second
 * the second …, the last delay repeating, until {@code maxAttempts} attempts were made.
 */
record RetrySchedule(List<Duration> delays, int maxAttempts) {

  RetrySchedule {
    delays = List.copyOf(delays);
  }

  /** The time of the next attempt after {@code attempts} failed ones, or null to give up. */
  Instant nextAttempt(int attempts, Instant now) {
    if (attempts >= maxAttempts) {
      return null;
    }
    return now.plus(delays.get(Math.min(attempts, delays.size()) - 1));
  }
}
