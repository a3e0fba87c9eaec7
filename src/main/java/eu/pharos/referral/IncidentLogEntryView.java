package eu.pharos.referral;

import java.time.Instant;
import java.util.UUID;

/** A decision or message in an incident's coordination log. */
public record IncidentLogEntryView(
    UUID id,
    UUID organisationId,
    String organisationName,
    String authorName,
    Instant at,
    String text) {}
