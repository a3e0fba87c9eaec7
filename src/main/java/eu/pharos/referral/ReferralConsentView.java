package eu.pharos.referral;

import eu.pharos.helpline.ConsentMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The consent a referral was sent under and, once withdrawn, its withdrawal; both sides see it.
 *
 * @param withdrawnOn which side recorded the withdrawal; null while it holds
 */
public record ReferralConsentView(
    Set<ReferralItem> items,
    String purpose,
    ConsentMethod method,
    Instant givenAt,
    LocalDate validUntil,
    Instant withdrawnAt,
    ConsentMethod withdrawalMethod,
    ReferralSide withdrawnOn) {

  /** Given, not withdrawn and not past its last day on {@code today}. */
  public boolean activeOn(LocalDate today) {
    return withdrawnAt == null && !validUntil.isBefore(today);
  }
}
