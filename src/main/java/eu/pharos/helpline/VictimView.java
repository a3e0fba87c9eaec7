package eu.pharos.helpline;

import java.time.Instant;
import java.util.UUID;

/**
 * A victim as their organisation's staff see them; reading one is audited.
 *
 * @param reference a label that is not the name ("V-2026-0042"), for lists and logs
 * @param legalHoldReason why erasure is blocked; null when no legal hold is set
 * @param erased whether the personal data was erased (the details are then empty)
 */
public record VictimView(
    UUID id,
    String reference,
    VictimDetails details,
    String legalHoldReason,
    boolean erased,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** The name, or the reference for an unnamed or erased victim. */
  public String displayName() {
    return details.fullName() == null || details.fullName().isBlank()
        ? reference
        : details.fullName();
  }
}
