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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The days of case work: "today", "in the future" and "overdue" are days in the organisation's
 * country (its main time zone in Pharos's reference data), UTC for an organisation without one. An
 * organisation's country is fixed when it is created, so its zone is looked up once per
 * organisation and kept: every case list asks for it.
 */
@Component
public class CaseCalendar {

  private final Organisations organisations;
  private final Countries countries;
  private final Clock clock;
  private final Map<UUID, ZoneId> zones = new ConcurrentHashMap<>();

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
    ZoneId known = zones.get(organisationId);
    if (known != null) {
      return known;
    }
    Optional<OrganisationView> organisation = organisations.find(organisationId);
    if (organisation.isEmpty()) {
      return ZoneOffset.UTC;
    }
    ZoneId zone =
        countries
            .find(organisation.get().countryCode())
            .map(CountryView::timeZone)
            .orElse(ZoneOffset.UTC);
    zones.put(organisationId, zone);
    return zone;
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
