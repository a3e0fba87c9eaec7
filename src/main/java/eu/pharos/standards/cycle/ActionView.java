package eu.pharos.standards.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An improvement action as the parties of its cycle see it. */
public record ActionView(
    UUID id,
    UUID cycleId,
    UUID indicatorId,
    String description,
    UUID ownerUserId,
    String ownerName,
    LocalDate dueOn,
    ActionStatus status,
    String completionEvidence,
    Instant completedAt,
    Instant updatedAt,
    boolean overdue,
    long version) {}
