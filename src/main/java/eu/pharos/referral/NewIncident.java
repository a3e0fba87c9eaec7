package eu.pharos.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident to declare.
 *
 * @param countryCode ISO 3166-1 alpha-2 of the place
 * @param leadOrganisationId the approved member that leads the response
 * @param languages ISO 639-1 codes of the languages victims need; at least one
 * @param publicMessage what the public incident page tells affected people; no personal data;
 *     optional
 */
public record NewIncident(
    String title,
    String summary,
    String place,
    String countryCode,
    Instant occurredAt,
    UUID leadOrganisationId,
    List<String> languages,
    String publicMessage) {

  public NewIncident {
    languages = languages == null ? List.of() : List.copyOf(languages);
  }
}
