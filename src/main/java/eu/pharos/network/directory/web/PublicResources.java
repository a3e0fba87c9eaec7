package eu.pharos.network.directory.web;

import eu.pharos.network.CallCost;
import eu.pharos.network.CrimeType;
import eu.pharos.network.HelplineView;
import eu.pharos.network.HolidayView;
import eu.pharos.network.MemberView;
import eu.pharos.network.MembershipType;
import eu.pharos.network.OfficeView;
import eu.pharos.network.OpeningHours;
import eu.pharos.network.SupportService;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the public API shows of the directory: approved members and helplines, without the
 * membership status, who confirmed the contact details, notes or history.
 */
final class PublicResources {

  private PublicResources() {}

  @Schema(name = "Organisation", description = "An approved member organisation of the network")
  record OrganisationResource(
      UUID id,
      String name,
      String shortName,
      @Schema(description = "ISO 3166-1 alpha-2") String country,
      MembershipType membershipType,
      String website,
      String email,
      String phone,
      String summary,
      @Schema(description = "IANA time zone in which the opening hours are meant") String timeZone,
      @Schema(description = "ISO 639-1 codes") List<String> languages,
      Set<SupportService> services,
      Set<CrimeType> crimeTypes,
      List<String> regions,
      List<OfficeView> offices,
      HoursResource openingHours,
      List<HolidayView> holidays,
      List<HelplineResource> helplines,
      @Schema(description = "Whether victims can chat with the organisation in Pharos")
          boolean chatInPharos,
      @Schema(
              description =
                  "False until an administrator confirmed the contact details: real"
                      + " organisations' details shipped with Pharos are to verify before"
                      + " production")
          boolean contactVerified,
      @Schema(description = "Whether the organisation or one of its helplines is open now")
          boolean openNow,
      Instant updatedAt) {

    static OrganisationResource of(MemberView m, boolean openNow) {
      return new OrganisationResource(
          m.organisationId(),
          m.name(),
          m.shortName(),
          m.countryCode(),
          m.membershipType(),
          m.website(),
          m.email(),
          m.phone(),
          m.summary(),
          m.timeZone().getId(),
          m.languages(),
          m.services(),
          m.crimeTypes(),
          m.regions(),
          m.offices(),
          HoursResource.of(m.hours()),
          m.holidays(),
          m.helplines().stream().map(h -> HelplineResource.of(h, m.timeZone().getId())).toList(),
          m.chatInPharos(),
          m.contactVerified(),
          openNow,
          m.updatedAt());
    }
  }

  @Schema(name = "Helpline", description = "A telephone helpline run by an approved member")
  record HelplineResource(
      UUID id,
      UUID organisationId,
      String organisationName,
      String country,
      String number,
      @Schema(description = "tel: link with digits only") String telLink,
      @Schema(description = "Whether it is the EU-harmonised 116 006 line") boolean harmonised,
      List<String> languages,
      HoursResource openingHours,
      @Schema(description = "IANA time zone in which the hours are meant") String timeZone,
      CallCost cost,
      boolean contactVerified) {

    static HelplineResource of(HelplineView h, String timeZone) {
      return new HelplineResource(
          h.id(),
          h.organisationId(),
          h.organisationName(),
          h.countryCode(),
          h.number(),
          h.telLink(),
          h.harmonised(),
          h.languages(),
          HoursResource.of(h.hours()),
          timeZone,
          h.cost(),
          h.contactVerified());
    }
  }

  @Schema(name = "OpeningHours")
  record HoursResource(boolean alwaysOpen, List<PeriodResource> periods) {

    static HoursResource of(OpeningHours hours) {
      return new HoursResource(
          hours.isAlwaysOpen(),
          hours.periods().stream()
              .map(
                  p ->
                      new PeriodResource(
                          p.day(),
                          p.opens(),
                          p.closesAtMidnight() ? "24:00" : p.closes().toString()))
              .toList());
    }
  }

  @Schema(name = "OpeningPeriod")
  record PeriodResource(
      DayOfWeek day,
      LocalTime opens,
      @Schema(description = "HH:MM, 24:00 for midnight at the end of the day") String closes) {}
}
