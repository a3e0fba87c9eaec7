package eu.pharos.referral;

import eu.pharos.network.SupportService;
import java.util.UUID;

/**
 * A referral to send.
 *
 * <p>From a case, the package is built from the case's victim and crime details, holding only the
 * consented items, and the consent is also recorded on the victim. From a contact, or from a
 * member's own case system through the API, the sender gives the package, which may hold nothing
 * outside the consent.
 *
 * @param caseId the sender's case the referral comes from; null when {@code pkg} is given
 * @param contactId the sender's contact the referral comes from; optional
 * @param receiverOrganisationId an approved member other than the sender's, that offers {@code
 *     service}
 * @param pkg the data package; null to build it from {@code caseId}
 * @param message to the receiving desk; should hold no personal data outside the package
 * @param incidentId the incident the victim was registered to; optional
 * @param externalReference the sender's own reference, for members' case systems; optional
 */
public record NewReferral(
    UUID caseId,
    UUID contactId,
    UUID receiverOrganisationId,
    SupportService service,
    ReferralUrgency urgency,
    ReferralConsent consent,
    ReferralPackage pkg,
    String message,
    UUID incidentId,
    String externalReference) {}
