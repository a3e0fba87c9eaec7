package eu.pharos.helpline;

import java.time.Instant;
import java.util.UUID;

/**
 * An open plan action or follow-up past its due time.
 *
 * @param kind {@code ACTION} or {@code FOLLOW_UP}
 */
public record OverdueItem(
    String kind,
    UUID id,
    UUID caseId,
    String caseReference,
    UUID ownerId,
    String ownerName,
    Instant due) {}
