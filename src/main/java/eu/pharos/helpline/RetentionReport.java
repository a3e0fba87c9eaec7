package eu.pharos.helpline;

import java.time.Instant;
import java.util.UUID;

/** What one retention run did, across all organisations. */
public record RetentionReport(
    UUID id,
    Instant startedAt,
    Instant finishedAt,
    int casesAnonymised,
    int contactsAnonymised,
    int victimsErased,
    int skippedOnLegalHold) {}
