package eu.pharos.network.exchange;

import eu.pharos.network.CrimeType;
import eu.pharos.network.HelplineDetails;
import eu.pharos.network.HolidayView;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MembershipType;
import eu.pharos.network.OfficeView;
import eu.pharos.network.OpeningHours;
import eu.pharos.network.SupportService;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * One member as read from an import file, every value already parsed and checked. Offices and
 * helplines come only from JSON files: a CSV row leaves them as they are ({@code null}).
 */
record ImportedMember(
    int line,
    String shortName,
    String name,
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
    OpeningHours hours,
    List<HolidayView> holidays,
    boolean chatInPharos,
    boolean contactVerified,
    List<OfficeView> offices,
    List<HelplineDetails> helplines) {}
