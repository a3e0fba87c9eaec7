package eu.pharos.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who is registered to an incident, by country of residence and status.
 *
 * @param counts one entry per country and status that has anyone, by country
 * @param rows every registered person, by country; who they are only for their own organisation
 */
public record IncidentBoard(UUID incidentId, List<Count> counts, List<Row> rows) {

  public IncidentBoard {
    counts = List.copyOf(counts);
    rows = List.copyOf(rows);
  }

  /** How many persons living in a country are in a status. */
  public record Count(String countryCode, IncidentPersonStatus status, long count) {}

  /**
   * A registered person.
   *
   * @param own whether the caller's organisation holds them
   * @param victimId their victim record; only for the holding organisation, else null
   * @param victimReference the victim's reference; only for the holding organisation, else null
   * @param victimName the victim's name (or reference); only for the holding organisation, else
   *     null
   */
  public record Row(
      UUID personId,
      UUID holderOrganisationId,
      String holderOrganisationName,
      String residenceCountry,
      String language,
      IncidentPersonKind kind,
      IncidentPersonStatus status,
      boolean consented,
      boolean own,
      UUID victimId,
      String victimReference,
      String victimName,
      Instant registeredAt) {}

  /** The countries of residence with anyone registered, in order. */
  public List<String> countries() {
    return counts.stream().map(Count::countryCode).distinct().toList();
  }

  /** How many persons living in {@code countryCode} are in {@code status}. */
  public long count(String countryCode, IncidentPersonStatus status) {
    return counts.stream()
        .filter(c -> c.countryCode().equals(countryCode) && c.status() == status)
        .mapToLong(Count::count)
        .sum();
  }

  /** How many persons live in {@code countryCode}. */
  public long total(String countryCode) {
    return counts.stream()
        .filter(c -> c.countryCode().equals(countryCode))
        .mapToLong(Count::count)
        .sum();
  }

  /** Whether the caller's organisation holds anyone living in {@code countryCode}. */
  public boolean holdsAnyoneIn(String countryCode) {
    return rows.stream().anyMatch(r -> r.own() && r.residenceCountry().equals(countryCode));
  }
}
