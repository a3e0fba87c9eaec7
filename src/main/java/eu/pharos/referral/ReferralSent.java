package eu.pharos.referral;

import eu.pharos.network.SupportService;
import java.time.Instant;
import java.util.UUID;

/** A referral left its sender. No personal data: for statistics and webhooks. */
public record ReferralSent(
    UUID referralId,
    UUID senderOrganisationId,
    String senderCountry,
    UUID receiverOrganisationId,
    String receiverCountry,
    SupportService service,
    ReferralUrgency urgency,
    UUID incidentId,
    Instant sentAt) {}
