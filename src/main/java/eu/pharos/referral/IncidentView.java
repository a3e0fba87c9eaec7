package eu.pharos.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident as staff of the network see it: no personal data.
 *
 * @param slug the public page's address, {@code /incidents/<slug>}
 */
public record IncidentView(
    UUID id,
    String slug,
    String title,
    String summary,
    String place,
    String countryCode,
    Instant occurredAt,
    UUID leadOrganisationId,
    String leadOrganisationName,
    List<String> languages,
    String publicMessage,
    IncidentStatus status,
    String declaredByName,
    UUID declaringOrganisationId,
    String declaringOrganisationName,
    Instant declaredAt,
    Instant closedAt,
    long version) {

  public boolean open() {
    return status == IncidentStatus.OPEN;
  }
}
