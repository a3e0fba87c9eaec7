package eu.pharos.knowledge.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person a post mentions, by the handle written and the name shown in its place. */
@Entity
@Table(name = "knowledge_post_mention")
class PostMention {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID postId;

  @Column(nullable = false, updatable = false)
  private String handle;

  @Column(nullable = false, updatable = false)
  private UUID userId;

  @Column(nullable = false, updatable = false)
  private String displayName;

  protected PostMention() {}

  PostMention(UUID postId, String handle, UUID userId, String displayName) {
    this.id = UUID.randomUUID();
    this.postId = postId;
    this.handle = handle;
    this.userId = userId;
    this.displayName = displayName;
  }

  UUID postId() {
    return postId;
  }

  String handle() {
    return handle;
  }

  UUID userId() {
    return userId;
  }

  String displayName() {
    return displayName;
  }
}
