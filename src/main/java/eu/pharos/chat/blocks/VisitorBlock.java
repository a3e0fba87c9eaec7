package eu.pharos.chat.blocks;

import eu.pharos.chat.BlockDuration;
import eu.pharos.chat.BlockReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A visitor blocked by the organisation until {@code until}, unless lifted earlier. It knows the
 * visitor only by hashes: of the key their browser holds, and (keyed) of their address.
 */
@Entity
@Table(name = "chat_visitor_block")
class VisitorBlock {

  static final String NOTE_COLUMN = "chat_visitor_block.note_sealed:";

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private UUID conversationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BlockReason reason;

  private String noteSealed;
  private String keyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BlockDuration duration;

  @Column(nullable = false)
  private String visitorTokenHash;

  private String addressIndex;
  private String indexKeyId;

  @Column(nullable = false)
  private Instant blockedAt;

  @Column(nullable = false)
  private UUID blockedBy;

  @Column(name = "blocked_until", nullable = false)
  private Instant until;

  private Instant liftedAt;
  private UUID liftedBy;

  @Version private long version;

  protected VisitorBlock() {}

  VisitorBlock(
      UUID id,
      UUID conversationId,
      BlockReason reason,
      BlockDuration duration,
      String visitorTokenHash,
      String addressIndex,
      String indexKeyId,
      UUID blockedBy,
      Instant now) {
    this.id = id;
    this.conversationId = conversationId;
    this.reason = reason;
    this.duration = duration;
    this.visitorTokenHash = visitorTokenHash;
    this.addressIndex = addressIndex;
    this.indexKeyId = addressIndex == null ? null : indexKeyId;
    this.blockedBy = blockedBy;
    this.blockedAt = now;
    this.until = now.plus(duration.length());
  }

  void note(String sealed, String sealedWith) {
    this.noteSealed = sealed;
    this.keyId = sealed == null ? null : sealedWith;
  }

  boolean activeAt(Instant now) {
    return liftedAt == null && until.isAfter(now);
  }

  /** Lifts it now; only a block in force can be lifted. */
  boolean lift(UUID by, Instant now) {
    if (!activeAt(now)) {
      return false;
    }
    liftedAt = now;
    liftedBy = by;
    return true;
  }

  UUID id() {
    return id;
  }

  UUID organisationId() {
    return organisationId;
  }

  UUID conversationId() {
    return conversationId;
  }

  BlockReason reason() {
    return reason;
  }

  String noteSealed() {
    return noteSealed;
  }

  BlockDuration duration() {
    return duration;
  }

  Instant blockedAt() {
    return blockedAt;
  }

  UUID blockedBy() {
    return blockedBy;
  }

  Instant until() {
    return until;
  }

  Instant liftedAt() {
    return liftedAt;
  }

  UUID liftedBy() {
    return liftedBy;
  }
}
