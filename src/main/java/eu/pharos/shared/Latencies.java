package eu.pharos.shared;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Timers for the stages of a path that must stay fast, with a histogram so that a scrape of {@code
 * /actuator/prometheus} gives their percentiles, from a tenth of a millisecond up.
 */
public final class Latencies {

  private Latencies() {}

  public static Timer timer(MeterRegistry meters, String name, String description) {
    return Timer.builder(name)
        .description(description)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(100_000))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(meters);
  }
}
