package eu.pharos.referral;

import eu.pharos.network.SupportService;
import java.time.Instant;
import java.util.UUID;

/** A referral in an inbox or outbox: no personal data. */
public record ReferralSummary(
    UUID id,
    String reference,
    ReferralSide side,
    UUID otherOrganisationId,
    String otherOrganisationName,
    String otherCountry,
    SupportService service,
    ReferralUrgency urgency,
    ReferralStatus status,
    Instant sentAt,
    Instant dueAt,
    boolean overdue,
    UUID incidentId) {}
