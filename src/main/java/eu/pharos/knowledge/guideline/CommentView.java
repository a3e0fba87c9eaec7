package eu.pharos.knowledge.guideline;

import java.time.Instant;
import java.util.UUID;

/** A comment beside its section. */
public record CommentView(
    UUID id,
    UUID sectionId,
    String quote,
    String text,
    String authorName,
    Instant createdAt,
    Instant resolvedAt,
    String resolvedByName) {

  public boolean resolved() {
    return resolvedAt != null;
  }
}
