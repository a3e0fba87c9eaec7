package eu.pharos.helpline;

import eu.pharos.network.CrimeType;
import java.time.Instant;
import java.util.UUID;

/** A case was opened. Carries no personal data: for statistics and other modules. */
public record CaseOpened(
    UUID caseId, UUID organisationId, CrimeType crimeType, boolean crossBorder, Instant openedAt) {}
