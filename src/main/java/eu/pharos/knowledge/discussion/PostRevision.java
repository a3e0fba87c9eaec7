package eu.pharos.knowledge.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The text a post had before an edit, kept for moderators. */
@Entity
@Table(name = "knowledge_post_revision")
class PostRevision {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID postId;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(nullable = false, updatable = false)
  private Instant writtenAt;

  @Column(nullable = false, updatable = false)
  private Instant replacedAt;

  @Column(updatable = false)
  private UUID replacedBy;

  protected PostRevision() {}

  PostRevision(UUID postId, String body, Instant writtenAt, Instant replacedAt, UUID replacedBy) {
    this.id = UUID.randomUUID();
    this.postId = postId;
    this.body = body;
    this.writtenAt = writtenAt;
    this.replacedAt = replacedAt;
    this.replacedBy = replacedBy;
  }

  UUID postId() {
    return postId;
  }

  String body() {
    return body;
  }

  Instant writtenAt() {
    return writtenAt;
  }

  Instant replacedAt() {
    return replacedAt;
  }
}
