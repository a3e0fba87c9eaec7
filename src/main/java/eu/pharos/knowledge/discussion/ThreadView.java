package eu.pharos.knowledge.discussion;

import eu.pharos.knowledge.centre.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A thread with its posts in order, as the caller may see it.
 *
 * @param title null when hidden from the caller: {@code hiddenReason} says why
 * @param mayReply whether the caller may answer now (a member, the thread neither locked nor
 *     hidden)
 * @param moderator whether the caller moderates the centre
 * @param following whether the caller follows the thread
 */
public record ThreadView(
    UUID id,
    String centreSlug,
    String centreName,
    String title,
    Visibility visibility,
    String authorName,
    Instant createdAt,
    boolean locked,
    boolean hidden,
    String hiddenReason,
    String hiddenByName,
    boolean mayReply,
    boolean moderator,
    boolean following,
    List<PostView> posts,
    String link) {}
