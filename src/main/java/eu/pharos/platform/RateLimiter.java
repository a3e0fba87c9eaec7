package eu.pharos.platform;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits how often one client may do something, such as trying a password or opening a chat.
 *
 * <p>Counts are kept per node, in memory: behind a load balancer with n nodes a client may get up
 * to n times the limit. That is still a hard cap on guessing, and it keeps the hot path free of
 * database round trips; lockouts that must hold across the cluster belong in the database.
 */
public interface RateLimiter {

  /**
   * Takes one permit for {@code key} (a client address, an account …) under {@code limit}.
   *
   * @return whether the action may go ahead, and if not, how long the client should wait
   */
  Decision tryAcquire(Limit limit, String key);

  /**
   * A named budget: at most {@code permits} actions per {@code period} for each key. Keys of
   * different limits never share a budget.
   */
  record Limit(String name, int permits, Duration period) {

    public Limit {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(period, "period");
      if (permits < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("A limit needs at least one permit per period");
      }
    }

    public static Limit perMinute(String name, int permits) {
      return new Limit(name, permits, Duration.ofMinutes(1));
    }
  }

  /** The answer for one attempt; {@code retryAfter} is zero when it was allowed. */
  record Decision(boolean allowed, Duration retryAfter) {

    public static Decision allow() {
      return new Decision(true, Duration.ZERO);
    }

    public static Decision refuse(Duration retryAfter) {
      return new Decision(false, retryAfter);
    }

    /** Whole seconds for a {@code Retry-After} header, at least one. */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }
}
