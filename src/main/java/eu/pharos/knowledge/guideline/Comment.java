package eu.pharos.knowledge.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A member's comment on a section, optionally on a passage quoted from it. */
@Entity
@Table(name = "knowledge_guideline_comment")
class Comment {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID guidelineId;

  @Column(nullable = false, updatable = false)
  private UUID sectionId;

  @Column(updatable = false)
  private String quote;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(updatable = false)
  private UUID authorId;

  @Column(updatable = false)
  private String authorName;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  private Instant resolvedAt;

  private String resolvedByName;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected Comment() {}

  Comment(
      UUID guidelineId,
      UUID sectionId,
      String quote,
      String body,
      UUID authorId,
      String authorName,
      Instant now) {
    this.id = UUID.randomUUID();
    this.guidelineId = guidelineId;
    this.sectionId = sectionId;
    this.quote = quote;
    this.body = body;
    this.authorId = authorId;
    this.authorName = authorName;
    this.createdAt = now;
  }

  void resolve(String byName, Instant now) {
    this.resolvedAt = now;
    this.resolvedByName = byName;
  }

  void reopen() {
    this.resolvedAt = null;
    this.resolvedByName = null;
  }

  UUID id() {
    return id;
  }

  UUID guidelineId() {
    return guidelineId;
  }

  UUID sectionId() {
    return sectionId;
  }

  boolean isResolved() {
    return resolvedAt != null;
  }

  CommentView view() {
    return new CommentView(
        id, sectionId, quote, body, authorName, createdAt, resolvedAt, resolvedByName);
  }
}
