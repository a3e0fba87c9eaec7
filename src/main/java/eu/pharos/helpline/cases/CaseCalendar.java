package eu.pharos.helpline.cases;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The days of case work: "today", "in the future" and "overdue" are days in the organisation's
 * country (its main time zone in Pharos's reference data), UTC for an organisation without one.
 */
@Component
public class CaseCalendar {

  private final Organisations organisations;
  private final Countries countries;
  private final Clock clock;

  CaseCalendar(Organisations organisations, Countries countries, Clock clock) {
    this.organisations = organisations;
    this.countries = countries;
    this.clock = clock;
  }

  /** The time zone of the current organisation. */
  public ZoneId zone() {
    return zoneOf(TenantContext.current());
  }

  ZoneId zoneOf(UUID organisationId) {
    return organisations
        .find(organisationId)
        .map(OrganisationView::countryCode)
        .flatMap(countries::find)
        .map(CountryView::timeZone)
        .orElse(ZoneOffset.UTC);
  }

  public Instant now() {
    return Instant.now(clock);
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }

  public LocalDate dayOf(Instant instant) {
    return instant.atZone(zone()).toLocalDate();
  }
}
