package eu.pharos.network;

import java.util.List;
import java.util.Set;

/**
 * What an organisation admin keeps up to date on their profile, apart from hours, offices and
 * helplines. The time zone is the IANA name (e.g. "Europe/Lisbon"); languages are ISO 639-1 codes.
 * Checked by the facade: an invalid field is reported as an {@link InvalidMemberProfile}.
 */
public record MemberDetails(
    String website,
    String email,
    String phone,
    String summary,
    String timeZone,
    List<String> languages,
    Set<SupportService> services,
    Set<CrimeType> crimeTypes,
    List<String> regions) {

  public MemberDetails {
    languages = languages == null ? List.of() : List.copyOf(languages);
    services = services == null ? Set.of() : Set.copyOf(services);
    crimeTypes = crimeTypes == null ? Set.of() : Set.copyOf(crimeTypes);
    regions = regions == null ? List.of() : List.copyOf(regions);
  }
}
