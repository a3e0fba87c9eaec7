package eu.pharos.knowledge.discussion;

import eu.pharos.knowledge.centre.Visibility;
import java.time.Instant;
import java.util.UUID;

/**
 * A thread in a list.
 *
 * @param title null when a moderator hid the thread and the caller is neither a moderator nor its
 *     author: {@code hiddenReason} says why
 * @param replies how many posts answer the first one
 */
public record ThreadSummary(
    UUID id,
    String title,
    Visibility visibility,
    String authorName,
    Instant createdAt,
    Instant lastPostAt,
    int replies,
    boolean locked,
    boolean hidden,
    String hiddenReason,
    String link) {}
