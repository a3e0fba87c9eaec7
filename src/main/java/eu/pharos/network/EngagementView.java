package eu.pharos.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A capacity-building engagement as the secretariat sees it, internal notes included.
 *
 * @param host who hosted, for display: the host organisation's name or the free-text host
 * @param participants the participating organisations' names
 */
public record EngagementView(
    UUID id,
    EngagementKind kind,
    String countryCode,
    String title,
    UUID hostOrganisationId,
    String hostName,
    String host,
    List<UUID> participantOrganisationIds,
    List<String> participants,
    String otherParticipants,
    LocalDate startsOn,
    LocalDate endsOn,
    String notes,
    String outcomes,
    List<FollowUpActionView> actions,
    Instant updatedAt) {

  public long openActions() {
    return actions.stream().filter(a -> a.status() == FollowUpStatus.OPEN).count();
  }

  public boolean hasOverdueActions() {
    return actions.stream().anyMatch(FollowUpActionView::overdue);
  }
}
