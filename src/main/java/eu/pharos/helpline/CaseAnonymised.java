package eu.pharos.helpline;

import java.time.Instant;
import java.util.UUID;

/**
 * Retention or an erasure removed a case's personal data and free text; its categories stay for
 * statistics. Carries no personal data.
 */
public record CaseAnonymised(UUID caseId, UUID organisationId, Instant anonymisedAt) {}
