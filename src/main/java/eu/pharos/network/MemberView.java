package eu.pharos.network;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A member organisation's profile, as the directory shows it.
 *
 * @param languages ISO 639-1 codes of the languages the organisation supports victims in
 * @param chatInPharos whether victims can chat with the organisation in Pharos
 * @param contactVerified false until an administrator confirmed the contact details: real
 *     organisations' details shipped with Pharos are "to verify before production"
 */
public record MemberView(
    UUID organisationId,
    String name,
    String shortName,
    String countryCode,
    MembershipType membershipType,
    MemberStatus status,
    String website,
    String email,
    String phone,
    String summary,
    ZoneId timeZone,
    List<String> languages,
    Set<SupportService> services,
    Set<CrimeType> crimeTypes,
    List<String> regions,
    List<OfficeView> offices,
    OpeningHours hours,
    List<HolidayView> holidays,
    List<HelplineView> helplines,
    boolean chatInPharos,
    boolean contactVerified,
    Instant updatedAt) {

  public boolean isPublic() {
    return status == MemberStatus.APPROVED;
  }

  /** Whether it is open at a moment, in the organisation's time zone with its holidays. */
  public OpenState openStateAt(Instant at) {
    return hours.stateAt(
        at,
        timeZone,
        holidays.stream().map(HolidayView::date).collect(java.util.stream.Collectors.toSet()));
  }
}
