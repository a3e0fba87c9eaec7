package eu.pharos.helpline.supervision;

import eu.pharos.identity.Organisations;
import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Days as an organisation lives them: in the time zone of its directory profile, else of its
 * country, else UTC. "Due before today" and "closed between two days" are meant in that zone.
 */
@Component
public class OrganisationTime {

  private final Directory directory;
  private final Organisations organisations;
  private final Countries countries;
  private final Clock clock;

  OrganisationTime(
      Directory directory, Organisations organisations, Countries countries, Clock clock) {
    this.directory = directory;
    this.organisations = organisations;
    this.countries = countries;
    this.clock = clock;
  }

  /** The time zone of the caller's organisation. */
  public ZoneId zone() {
    return zone(TenantContext.current());
  }

  ZoneId zone(UUID organisationId) {
    return directory
        .member(organisationId)
        .map(MemberView::timeZone)
        .or(
            () ->
                organisations
                    .find(organisationId)
                    .flatMap(o -> countries.find(o.countryCode()))
                    .map(CountryView::timeZone))
        .orElse(ZoneOffset.UTC);
  }

  Instant now() {
    return Instant.now(clock);
  }

  LocalDate today(ZoneId zone) {
    return LocalDate.ofInstant(now(), zone);
  }
}
