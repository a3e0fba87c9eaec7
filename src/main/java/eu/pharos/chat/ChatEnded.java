package eu.pharos.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation ended, answered or not: for statistics, with no personal data and no text.
 *
 * @param waitedSeconds from the start to an advisor taking it; null when nobody did
 * @param durationSeconds from an advisor taking it to the end; null when nobody did
 */
public record ChatEnded(
    UUID conversationId,
    UUID organisationId,
    ChatKind kind,
    String language,
    ChatTopic topic,
    boolean answered,
    Integer waitedSeconds,
    Integer durationSeconds,
    Instant endedAt) {}
