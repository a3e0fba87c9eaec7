package eu.pharos.helpline;

import eu.pharos.network.CrimeType;
import java.time.Instant;
import java.util.UUID;

/** A case was closed. Carries no personal data: for statistics and other modules. */
public record CaseClosed(
    UUID caseId,
    UUID organisationId,
    CrimeType crimeType,
    boolean crossBorder,
    CaseOutcome outcome,
    Instant openedAt,
    Instant closedAt) {}
