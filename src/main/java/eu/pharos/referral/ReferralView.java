package eu.pharos.referral;

import eu.pharos.network.SupportService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A referral as one side sees it; reading the package is audited. The sender never sees the
 * receiver's case, the receiver never sees the sender's, and each side sees the names of its own
 * people only.
 *
 * @param reference a label for phone and logs ("R-2026-000012"), the same on both sides
 * @param side which end the caller's organisation is
 * @param pkg the data package: for the receiver while the consent holds and the referral is neither
 *     declined nor withdrawn; for the sender as sent, until consent is withdrawn; else null
 * @param caseId the caller's own case: the source case for the sender, the case opened on
 *     acceptance for the receiver; null otherwise
 * @param assignedAdvisorId the receiving advisor; only for the receiver
 * @param dueAt when an answer is due while the referral awaits one; null after
 * @param feedback what the receiver told the sender on closing; optional
 */
public record ReferralView(
    UUID id,
    String reference,
    ReferralSide side,
    UUID senderOrganisationId,
    String senderOrganisationName,
    String senderCountry,
    UUID receiverOrganisationId,
    String receiverOrganisationName,
    String receiverCountry,
    SupportService service,
    ReferralUrgency urgency,
    ReferralStatus status,
    ReferralConsentView consent,
    ReferralPackage pkg,
    String message,
    UUID caseId,
    UUID assignedAdvisorId,
    String declineReason,
    String feedback,
    UUID incidentId,
    String externalReference,
    Instant sentAt,
    Instant dueAt,
    boolean overdue,
    List<ReferralStep> history,
    long version) {

  public boolean crossBorder() {
    return !senderCountry.equals(receiverCountry);
  }
}
