package eu.pharos.network;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the secretariat records about a capacity-building engagement, to add one or change it.
 *
 * @param countryCode ISO 3166-1 alpha-2 of a country Pharos knows
 * @param hostOrganisationId the hosting organisation of the network, if it hosted
 * @param hostName who hosted otherwise (a ministry, a court), as free text
 * @param participantOrganisationIds organisations of the network that took part
 * @param otherParticipants government bodies and other partners, as free text
 * @param endsOn the last day, not before {@code startsOn}; null for a one-day engagement
 * @param notes internal notes: never shown publicly
 * @param outcomes internal: never shown publicly
 */
public record EngagementDetails(
    EngagementKind kind,
    String countryCode,
    String title,
    UUID hostOrganisationId,
    String hostName,
    Set<UUID> participantOrganisationIds,
    String otherParticipants,
    LocalDate startsOn,
    LocalDate endsOn,
    String notes,
    String outcomes) {

  public EngagementDetails {
    participantOrganisationIds =
        participantOrganisationIds == null ? Set.of() : Set.copyOf(participantOrganisationIds);
  }
}
