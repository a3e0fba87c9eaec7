package eu.pharos.knowledge.discussion;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A post as the caller may see it.
 *
 * @param body the plain text as written, null when the caller may not read it (removed, or hidden
 *     from a member who is neither a moderator nor its author)
 * @param lines the text by line for pages, mentions as names; empty when {@code body} is null
 * @param edited whether its author changed it after posting
 * @param history the earlier texts, oldest first, for moderators only (else empty)
 */
public record PostView(
    UUID id,
    int position,
    String authorName,
    Instant createdAt,
    boolean edited,
    Instant editedAt,
    PostState state,
    String body,
    @JsonIgnore List<List<PostText.Segment>> lines,
    String hiddenReason,
    String hiddenByName,
    boolean mine,
    boolean mayEdit,
    long version,
    List<Revision> history) {

  /** A text the post had before an edit. */
  public record Revision(String body, Instant writtenAt, Instant replacedAt) {}
}
