package eu.pharos.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.platform.RateLimiter.Decision;
import eu.pharos.platform.RateLimiter.Limit;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class Bucket4jRateLimiterTest {

  final AtomicLong nanos = new AtomicLong();
  final TimeMeter clock =
      new TimeMeter() {
        @Override
        public long currentTimeNanos() {
          return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
          return false;
        }
      };

  @Test
  void refusesOverTheLimitUntilThePeriodHasPassed() {
    var limiter = new Bucket4jRateLimiter(clock, 100);
    Limit limit = Limit.perMinute("test", 3);

    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire(limit, "10.0.0.1").allowed()).isTrue();
    }
    Decision refused = limiter.tryAcquire(limit, "10.0.0.1");

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1));
    assertThat(refused.retryAfterSeconds()).isEqualTo(60);
    nanos.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat(limiter.tryAcquire(limit, "10.0.0.1").allowed()).isFalse();
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(limiter.tryAcquire(limit, "10.0.0.1").allowed()).isTrue();
  }

  @Test
  void keysAndLimitsHaveTheirOwnBudgets() {
    var limiter = new Bucket4jRateLimiter(clock, 100);
    Limit signIn = Limit.perMinute("sign-in", 1);
    Limit chat = Limit.perMinute("chat", 1);

    assertThat(limiter.tryAcquire(signIn, "a").allowed()).isTrue();
    assertThat(limiter.tryAcquire(signIn, "a").allowed()).isFalse();
    assertThat(limiter.tryAcquire(signIn, "b").allowed()).isTrue();
    assertThat(limiter.tryAcquire(chat, "a").allowed()).isTrue();
  }

  @Test
  void forgetsTheLeastRecentlyUsedKeysBeyondItsBound() {
    var limiter = new Bucket4jRateLimiter(clock, 3);
    Limit limit = Limit.perMinute("test", 1);

    for (int i = 0; i < 10; i++) {
      limiter.tryAcquire(limit, "client-" + i);
    }

    assertThat(limiter.size()).isEqualTo(3);
    assertThat(limiter.tryAcquire(limit, "client-0").allowed()).isTrue();
    assertThat(limiter.tryAcquire(limit, "client-9").allowed()).isFalse();
  }
}
