package eu.pharos.referral;

import eu.pharos.helpline.ConsentMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The victim's informed consent to a referral, recorded before anything is sent: to the referral's
 * receiving organisation, for these items, for this purpose, until this day.
 *
 * @param items the data items the victim agreed to share; at least one
 * @param givenAt when the victim agreed; not in the future
 * @param validUntil the last day the consent holds; today or later, and at most a year ahead
 */
public record ReferralConsent(
    Set<ReferralItem> items,
    String purpose,
    ConsentMethod method,
    Instant givenAt,
    LocalDate validUntil) {

  public ReferralConsent {
    items = items == null ? Set.of() : Set.copyOf(items);
  }
}
