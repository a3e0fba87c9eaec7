package eu.pharos.standards.cycle;

import java.io.Serializable;
import java.util.UUID;

/** The key of an evaluator's assignment to a cycle. */
record CycleUser(UUID cycleId, UUID userId) implements Serializable {}
