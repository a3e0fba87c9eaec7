package eu.pharos.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral's status changed (sent included, as SENT from null), or its consent was withdrawn
 * ({@code consentWithdrawn}, status unchanged or WITHDRAWN). No personal data: for statistics and
 * the webhooks of both organisations.
 */
public record ReferralStatusChanged(
    UUID referralId,
    String reference,
    UUID senderOrganisationId,
    UUID receiverOrganisationId,
    ReferralStatus previous,
    ReferralStatus status,
    boolean consentWithdrawn,
    Instant at) {}
