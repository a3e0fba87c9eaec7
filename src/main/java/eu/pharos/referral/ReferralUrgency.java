package eu.pharos.referral;

import java.time.Duration;

/**
 * How soon the receiving organisation should answer. Each desk may set its own targets; these are
 * the defaults. Stored by name: never rename an entry.
 */
public enum ReferralUrgency {
  IMMEDIATE(Duration.ofHours(4)),
  URGENT(Duration.ofHours(24)),
  STANDARD(Duration.ofDays(5));

  private final Duration defaultTarget;

  ReferralUrgency(Duration defaultTarget) {
    this.defaultTarget = defaultTarget;
  }

  /** Time from sending to an answer (accepted or declined) unless the desk sets another. */
  public Duration defaultTarget() {
    return defaultTarget;
  }

  public String messageKey() {
    return "referral.urgency." + name();
  }
}
