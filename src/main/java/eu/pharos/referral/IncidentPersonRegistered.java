package eu.pharos.referral;

import java.time.Instant;
import java.util.UUID;

/** A person was registered to an incident. No personal data: for statistics. */
public record IncidentPersonRegistered(
    UUID incidentId, String residenceCountry, IncidentPersonKind kind, Instant at) {}
