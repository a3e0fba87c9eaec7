package eu.pharos.chat.figures;

import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatTopic;
import java.time.Instant;
import java.util.UUID;

/** A conversation an advisor has taken, as the supervisor lists it: no text. */
public record ActiveChat(
    UUID conversationId,
    ChatKind kind,
    String language,
    ChatTopic topic,
    int priority,
    UUID advisorId,
    String advisorName,
    Instant acceptedAt) {}
