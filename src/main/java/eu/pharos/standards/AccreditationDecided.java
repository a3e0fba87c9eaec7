package eu.pharos.standards;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The network decided on a member's accreditation. {@code outcome} is ACCREDITED,
 * ACCREDITED_WITH_CONDITIONS or NOT_ACCREDITED; {@code validUntil} is null when not accredited.
 */
public record AccreditationDecided(
    UUID cycleId, UUID organisationId, String outcome, LocalDate validUntil) {}
