package eu.pharos.network.findhelp;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that Find help tests set: Wednesday 2 December 2026, 10:30 UTC (10:30 in Lisbon, 11:30 in
 * Paris, 12:30 in Helsinki) unless a test moves it.
 */
final class FindHelpClock extends Clock {

  static final Instant WEDNESDAY_1030 = Instant.parse("2026-12-02T10:30:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(WEDNESDAY_1030);

  void set(Instant instant) {
    now.set(instant);
  }

  void reset() {
    now.set(WEDNESDAY_1030);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now.get(), zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Config {

    @Bean
    @Primary
    FindHelpClock findHelpClock() {
      return new FindHelpClock();
    }
  }
}
