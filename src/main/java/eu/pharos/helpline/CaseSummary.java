package eu.pharos.helpline;

import eu.pharos.network.CrimeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case in a list.
 *
 * @param nextDue the earliest due date of the case's open actions and follow-ups; null when none
 */
public record CaseSummary(
    UUID id,
    String reference,
    VictimSummary victim,
    CaseStatus status,
    CrimeType crimeType,
    boolean crossBorder,
    UUID leadAdvisorId,
    Instant openedAt,
    Instant closedAt,
    Instant lastActivityAt,
    LocalDate nextDue) {}
