package eu.pharos.helpline;

import java.util.Set;
import java.util.UUID;

/**
 * Work Pharos itself does in the helpline records of the current organisation ({@code
 * TenantContext}) because a victim withdrew a consent given in another module, such as consent to a
 * referral. No signed-in user may be present: nobody of the organisation did this work, so no
 * person is named as having done it. The timeline and the audit trail show Pharos, and the reason
 * says why; who recorded the withdrawal is in the audit trail of the module that asked.
 *
 * <p>Each method runs in the caller's transaction, which must have been opened in the
 * organisation's scope.
 */
public interface SharedDataWithdrawal {

  /** How the audit trail names the actor of this work. */
  String ACTOR = "Pharos";

  /**
   * Clears {@code items} from the case's victim and from the case's crime details, writes a
   * timeline entry on the case and audits the removal ({@code helpline.shared-data-removed}, the
   * reason as detail). An erased victim or an anonymised case hold nothing to clear: that part is
   * left as it is. While the victim is under a legal hold nothing is cleared; the timeline and the
   * audit trail say that the data was kept.
   *
   * @param reason why, without personal data, in the organisation's language: it is shown on the
   *     case's timeline
   * @throws CaseNotFound for an unknown case or a case of another organisation
   */
  void removeSharedData(UUID caseId, Set<DataItem> items, String reason);

  /**
   * Withdraws a consent recorded on the victim, recorded by nobody of the organisation, audited
   * with the reason and published as {@link ConsentWithdrawn} as any withdrawal. A consent already
   * withdrawn is left as it is.
   *
   * @throws VictimNotFound for an unknown victim or a victim of another organisation
   * @throws ConsentNotFound for a consent that is not the victim's
   */
  void withdrawConsentOnRequest(UUID victimId, UUID consentId, ConsentMethod method, String reason);
}
