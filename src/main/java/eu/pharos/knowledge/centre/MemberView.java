package eu.pharos.knowledge.centre;

import java.time.Instant;
import java.util.UUID;

/**
 * A membership as the members page shows it.
 *
 * @param userId null for an organisation's membership
 */
public record MemberView(
    UUID id,
    UUID centreId,
    UUID organisationId,
    String organisationName,
    UUID userId,
    String displayName,
    MemberRole role,
    MembershipStatus status,
    String note,
    Instant createdAt,
    Instant decidedAt) {

  public boolean isPerson() {
    return userId != null;
  }

  public boolean isActive() {
    return status == MembershipStatus.ACTIVE;
  }
}
