package eu.pharos.knowledge.discussion;

import eu.pharos.knowledge.centre.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A discussion in a centre: its title, who may read it, and whether it is closed or hidden. */
@Entity
@Table(name = "knowledge_thread")
class DiscussionThread {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID centreId;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @Column(updatable = false)
  private UUID authorId;

  @Column(nullable = false, updatable = false)
  private String authorName;

  @Column(nullable = false)
  private boolean locked;

  @Column(nullable = false)
  private boolean hidden;

  private String hiddenReason;
  private UUID hiddenBy;
  private String hiddenByName;
  private Instant hiddenAt;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant lastPostAt;

  /** How many posts the thread holds, the opening one included. */
  @Column(nullable = false)
  private int postCount;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected DiscussionThread() {}

  DiscussionThread(
      UUID centreId,
      String title,
      Visibility visibility,
      UUID authorId,
      String authorName,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.centreId = centreId;
    this.title = title;
    this.visibility = visibility;
    this.authorId = authorId;
    this.authorName = authorName;
    this.createdAt = createdAt;
    this.lastPostAt = createdAt;
  }

  UUID id() {
    return id;
  }

  UUID centreId() {
    return centreId;
  }

  String title() {
    return title;
  }

  Visibility visibility() {
    return visibility;
  }

  UUID authorId() {
    return authorId;
  }

  String authorName() {
    return authorName;
  }

  boolean locked() {
    return locked;
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

  Instant createdAt() {
    return createdAt;
  }

  Instant lastPostAt() {
    return lastPostAt;
  }

  int postCount() {
    return postCount;
  }

  long version() {
    return rowVersion;
  }

  /** Takes the next position for a new post. */
  int nextPosition(Instant at) {
    int position = postCount;
    postCount++;
    lastPostAt = at;
    return position;
  }

  void lock(boolean locked) {
    this.locked = locked;
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
