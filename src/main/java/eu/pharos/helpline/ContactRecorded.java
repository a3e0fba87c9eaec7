package eu.pharos.helpline;

import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import java.time.Instant;
import java.util.UUID;

/** A contact was recorded. Carries no personal data: for statistics and other modules. */
public record ContactRecorded(
    UUID contactId,
    UUID organisationId,
    ContactChannel channel,
    ContactDirection direction,
    SupportService topic,
    CrimeType crimeType,
    String language,
    ContactOutcome outcome,
    boolean anonymous,
    Instant startedAt,
    Integer durationSeconds) {}
