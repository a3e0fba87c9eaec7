package eu.pharos.referral.incident;

import eu.pharos.referral.IncidentPersonStatus;
import eu.pharos.referral.ReferralStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each registered person's status on the board in step with their referral. The board shows
 * every organisation's persons, and a referral is readable only by its two sides, so the status is
 * copied when it changes rather than read from the referral when the board is drawn.
 */
@Component
class IncidentReferralFollower {

  private final IncidentStore store;

  IncidentReferralFollower(IncidentStore store) {
    this.store = store;
  }

  @ApplicationModuleListener
  void on(ReferralStatusChanged changed) {
    if (changed.consentWithdrawn()) {
      store.forgetConsent(changed.referralId());
    }
    store.followReferral(changed.referralId(), IncidentPersonStatus.of(changed.status()));
  }
}
