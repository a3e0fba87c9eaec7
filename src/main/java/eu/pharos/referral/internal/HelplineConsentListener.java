package eu.pharos.referral.internal;

import eu.pharos.helpline.ConsentWithdrawn;
import eu.pharos.referral.ReferralSide;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A consent withdrawn on the victim's page of the sending organisation withdraws the consent of the
 * referral it was recorded for. Idempotent: a referral whose consent is already withdrawn (the
 * withdrawal started on the referral) is left as it is.
 */
@Component
class HelplineConsentListener {

  private final ReferralRepository referrals;
  private final ConsentWithdrawal withdrawal;

  HelplineConsentListener(ReferralRepository referrals, ConsentWithdrawal withdrawal) {
    this.referrals = referrals;
    this.withdrawal = withdrawal;
  }

  @ApplicationModuleListener
  void on(ConsentWithdrawn event) {
    if (event.byPharos()) {
      // Asked for by this module's own withdrawal, whose transaction may still be running.
      return;
    }
    referrals
        .findBySenderOrganisationIdAndSenderConsentId(event.organisationId(), event.consentId())
        .forEach(
            found -> {
              Referral r = referrals.findForUpdate(found.id()).orElseThrow();
              if (!r.consentWithdrawn()) {
                withdrawal.apply(r, ReferralSide.SENDER, event.method(), true);
                referrals.saveAndFlush(r);
              }
            });
  }
}
