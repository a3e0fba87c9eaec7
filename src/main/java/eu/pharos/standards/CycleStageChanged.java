package eu.pharos.standards;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's standards cycle reached a new stage ({@code stage} is a name of the module's cycle
 * stages: SELF_ASSESSMENT when opened, then SUBMITTED, EVALUATION, IMPROVEMENT, DECIDED). Carries
 * ids only.
 */
public record CycleStageChanged(UUID cycleId, UUID organisationId, String stage, Instant at) {}
