package eu.pharos.network;

import java.util.List;
import java.util.UUID;

/**
 * One complete member profile for {@link MemberAdministration#importProfiles}: it replaces what
 * Pharos holds for that organisation (found by id, else by short name; created when unknown).
 *
 * @param organisationId the organisation, or null to find it by short name
 */
public record MemberProfileImport(
    UUID organisationId,
    String name,
    String shortName,
    String countryCode,
    MembershipType membershipType,
    MemberStatus status,
    MemberDetails details,
    OpeningHoursUpdate hours,
    List<OfficeDetails> offices,
    List<HelplineDetails> helplines,
    boolean chatInPharos) {

  public MemberProfileImport {
    offices = offices == null ? List.of() : List.copyOf(offices);
    helplines = helplines == null ? List.of() : List.copyOf(helplines);
  }
}
