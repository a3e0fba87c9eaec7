package eu.pharos.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation waiting for an advisor, as the console lists it: no message text, only what routes
 * it. {@code priority} is raised by safeguarding (words suggesting danger or self-harm).
 */
public record QueuedChat(
    UUID conversationId,
    ChatKind kind,
    String language,
    ChatTopic topic,
    int priority,
    Instant waitingSince,
    Instant replyDueAt) {}
