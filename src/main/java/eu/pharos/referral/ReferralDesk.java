package eu.pharos.referral;

import java.time.Duration;
import java.util.Map;

/**
 * How an organisation receives referrals.
 *
 * @param notificationEmail where a new referral is announced (no personal data in the mail); null
 *     to notify the organisation's supervisors in Pharos only
 * @param targets time to answer per urgency; a missed target reminds the desk, and escalates to the
 *     organisation's supervisors
 */
public record ReferralDesk(String notificationEmail, Map<ReferralUrgency, Duration> targets) {

  public ReferralDesk {
    targets = targets == null ? Map.of() : Map.copyOf(targets);
  }

  public Duration target(ReferralUrgency urgency) {
    return targets.getOrDefault(urgency, urgency.defaultTarget());
  }
}
