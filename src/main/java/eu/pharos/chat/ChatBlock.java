package eu.pharos.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * A block of a chat visitor, as supervisors see it: why, by whom, when, and until when. It holds no
 * address and no key of the visitor.
 *
 * @param note the free note, opened; null when there is none
 * @param liftedAt when a supervisor lifted it; null while it runs or once it expired by itself
 */
public record ChatBlock(
    UUID id,
    UUID conversationId,
    BlockReason reason,
    String note,
    BlockDuration duration,
    Instant blockedAt,
    UUID blockedById,
    String blockedByName,
    Instant until,
    Instant liftedAt,
    UUID liftedById,
    String liftedByName) {

  /** Whether it refuses the visitor at {@code now}. */
  public boolean activeAt(Instant now) {
    return liftedAt == null && until.isAfter(now);
  }
}
