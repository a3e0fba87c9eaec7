package eu.pharos.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up action of an engagement.
 *
 * @param owner who owns it, for display: the free-text owner, the organisation's name, or both
 * @param overdue open and due before today (in the secretariat's time zone)
 */
public record FollowUpActionView(
    UUID id,
    UUID engagementId,
    String engagementTitle,
    String description,
    String ownerName,
    UUID ownerOrganisationId,
    String owner,
    LocalDate dueOn,
    FollowUpStatus status,
    Instant closedAt,
    boolean overdue) {}
