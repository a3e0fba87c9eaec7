package eu.pharos.knowledge.practice;

import java.time.Instant;
import java.util.UUID;

/** An organisation's request to adopt a practice and its latest report. */
public record AdoptionView(
    UUID id,
    UUID practiceId,
    UUID organisationId,
    String organisationName,
    UUID requesterId,
    String requesterName,
    String note,
    AdoptionStatus status,
    String report,
    Instant requestedAt,
    Instant reportedAt,
    long version) {}
