package eu.pharos.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as staff see it: its messages after {@code afterSeq} including internal notes,
 * with contact details the victim typed masked where the organisation chose so. Reading it is
 * audited.
 */
public record ConversationView(
    UUID id,
    ChatKind kind,
    ChatState state,
    String language,
    ChatTopic topic,
    int priority,
    UUID advisorId,
    Instant startedAt,
    Instant acceptedAt,
    Instant endedAt,
    boolean visitorTyping,
    long readUpTo,
    List<ChatMessageView> messages,
    UUID contactId,
    long version) {}
