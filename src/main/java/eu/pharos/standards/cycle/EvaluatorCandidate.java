package eu.pharos.standards.cycle;

import java.util.UUID;

/**
 * An evaluator of the network the secretariat may assign to a cycle.
 *
 * @param ownOrganisation whether they work for the assessed organisation (a conflict of interest:
 *     assigning them is refused)
 */
public record EvaluatorCandidate(
    UUID userId,
    String name,
    UUID organisationId,
    String organisationName,
    boolean ownOrganisation) {}
