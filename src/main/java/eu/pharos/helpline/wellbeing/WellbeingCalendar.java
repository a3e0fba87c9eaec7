package eu.pharos.helpline.wellbeing;

import eu.pharos.identity.Organisations;
import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The day a check is taken, as the organisation lives it: in the time zone of its directory
 * profile, else of its country, else UTC.
 */
@Component
class WellbeingCalendar {

  private final Directory directory;
  private final Organisations organisations;
  private final Countries countries;
  private final Clock clock;

  WellbeingCalendar(
      Directory directory, Organisations organisations, Countries countries, Clock clock) {
    this.directory = directory;
    this.organisations = organisations;
    this.countries = countries;
    this.clock = clock;
  }

  LocalDate today(UUID organisationId) {
    ZoneId zone =
        directory
            .member(organisationId)
            .map(MemberView::timeZone)
            .or(
                () ->
                    organisations
                        .find(organisationId)
                        .flatMap(o -> countries.find(o.countryCode()))
                        .map(CountryView::timeZone))
            .orElse(ZoneOffset.UTC);
    return LocalDate.now(clock.withZone(zone));
  }
}
