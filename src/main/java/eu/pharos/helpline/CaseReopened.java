package eu.pharos.helpline;

import java.time.Instant;
import java.util.UUID;

/** A closed case was reopened. Carries no personal data. */
public record CaseReopened(UUID caseId, UUID organisationId, Instant reopenedAt) {}
