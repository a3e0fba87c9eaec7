package eu.pharos.knowledge.discussion;

import java.time.Duration;

/** How often a person receives the e-mail digest of the discussions they follow. */
public enum DigestFrequency {
  OFF(null),
  DAILY(Duration.ofDays(1)),
  WEEKLY(Duration.ofDays(7));

  private final Duration period;

  DigestFrequency(Duration period) {
    this.period = period;
  }

  /** The time between two digests; null for none. */
  public Duration period() {
    return period;
  }

  public String messageKey() {
    return "knowledge.discussions.digest." + name();
  }
}
