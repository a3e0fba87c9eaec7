package eu.pharos.standards.cycle;

import java.io.Serializable;
import java.util.UUID;

/** The key of what a cycle holds per indicator (ratings, findings). */
record CycleIndicator(UUID cycleId, UUID indicatorId) implements Serializable {}
