package eu.pharos.knowledge.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One post of a thread, in plain text, with who wrote it and what became of it. */
@Entity
@Table(name = "knowledge_post")
class Post {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID threadId;

  @Column(nullable = false, updatable = false)
  private UUID centreId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(updatable = false)
  private UUID authorId;

  @Column(updatable = false)
  private UUID authorOrganisationId;

  @Column(nullable = false, updatable = false)
  private String authorName;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  private Instant editedAt;

  /** Removed by its author: kept in place, its text no longer shown. */
  @Column(nullable = false)
  private boolean removed;

  @Column(nullable = false)
  private boolean hidden;

  private String hiddenReason;
  private UUID hiddenBy;
  private String hiddenByName;
  private Instant hiddenAt;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected Post() {}

  Post(
      UUID threadId,
      UUID centreId,
      int position,
      UUID authorId,
      UUID authorOrganisationId,
      String authorName,
      String body,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.threadId = threadId;
    this.centreId = centreId;
    this.position = position;
    this.authorId = authorId;
    this.authorOrganisationId = authorOrganisationId;
    this.authorName = authorName;
    this.body = body;
    this.createdAt = createdAt;
  }

  UUID id() {
    return id;
  }

  UUID threadId() {
    return threadId;
  }

  UUID centreId() {
    return centreId;
  }

  int position() {
    return position;
  }

  UUID authorId() {
    return authorId;
  }

  UUID authorOrganisationId() {
    return authorOrganisationId;
  }

  String authorName() {
    return authorName;
  }

  String body() {
    return body;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant editedAt() {
    return editedAt;
  }

  boolean removed() {
    return removed;
  }

  boolean hidden() {
    return hidden;
  }

  String hiddenReason() {
    return hiddenReason;
  }

  String hiddenByName() {
    return hiddenByName;
  }

  long version() {
    return rowVersion;
  }

  boolean writtenBy(UUID userId) {
    return authorId != null && authorId.equals(userId);
  }

  void edit(String body, Instant at) {
    this.body = body;
    this.editedAt = at;
  }

  void remove() {
    removed = true;
  }

  void hide(String reason, UUID by, String byName, Instant at) {
    hidden = true;
    hiddenReason = reason;
    hiddenBy = by;
    hiddenByName = byName;
    hiddenAt = at;
  }

  void unhide() {
    hidden = false;
    hiddenReason = null;
    hiddenBy = null;
    hiddenByName = null;
    hiddenAt = null;
  }
}
