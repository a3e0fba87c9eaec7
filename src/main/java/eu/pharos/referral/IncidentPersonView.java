package eu.pharos.referral;

import java.time.Instant;
import java.util.UUID;

/** A person the caller's organisation registered to an incident. */
public record IncidentPersonView(
    UUID id,
    UUID incidentId,
    UUID victimId,
    IncidentPersonKind kind,
    String residenceCountry,
    String language,
    boolean consented,
    IncidentPersonStatus status,
    UUID referralId,
    Instant registeredAt) {}
