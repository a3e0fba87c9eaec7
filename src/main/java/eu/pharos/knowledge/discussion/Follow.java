package eu.pharos.knowledge.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person following one thread (thread set) or every discussion of a centre (thread null); a muted
 * thread row stops that thread while the person follows the whole centre.
 */
@Entity
@Table(name = "knowledge_discussion_follow")
class Follow {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID userId;

  @Column(nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private UUID centreId;

  @Column(updatable = false)
  private UUID threadId;

  @Column(nullable = false)
  private boolean muted;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected Follow() {}

  Follow(UUID userId, UUID organisationId, UUID centreId, UUID threadId, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.organisationId = organisationId;
    this.centreId = centreId;
    this.threadId = threadId;
    this.createdAt = createdAt;
  }

  UUID userId() {
    return userId;
  }

  UUID organisationId() {
    return organisationId;
  }

  UUID centreId() {
    return centreId;
  }

  UUID threadId() {
    return threadId;
  }

  boolean muted() {
    return muted;
  }

  void mute(boolean muted) {
    this.muted = muted;
  }
}
