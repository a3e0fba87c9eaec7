package eu.pharos.audit;

import java.time.Instant;
import java.util.UUID;

public record AuditEntryView(
    long id,
    Instant occurredAt,
    UUID actorId,
    String actorLabel,
    UUID organisationId,
    String action,
    String targetType,
    String targetId,
    AuditOutcome outcome,
    String remoteAddress,
    String detail) {}
