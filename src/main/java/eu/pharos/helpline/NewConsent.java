package eu.pharos.helpline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A consent as the advisor records it.
 *
 * @param sharedWithOrganisationId for {@link ConsentKind#SHARE_WITH_ORGANISATION}: the network
 *     member data may be shared with; null with {@code sharedWithName} for a service outside the
 *     network
 * @param givenAt when the person agreed; not in the future
 * @param validUntil the last day the consent holds; null until withdrawn
 */
public record NewConsent(
    ConsentKind kind,
    UUID sharedWithOrganisationId,
    String sharedWithName,
    String purpose,
    ConsentMethod method,
    Instant givenAt,
    LocalDate validUntil) {}
