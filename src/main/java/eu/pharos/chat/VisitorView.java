package eu.pharos.chat;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * What the victim sees of their conversation: its state, their place in the queue while queued, the
 * messages after the number they already have (never internal notes), and the number the advisor
 * has read up to.
 *
 * @param organisationName the organisation that answers, in the victim's language where it has one
 * @param timeZone the organisation's time zone, in which a page without its script shows the times
 * @param readUpTo the highest message number the other side has seen; 0 for none
 */
public record VisitorView(
    UUID conversationId,
    ChatKind kind,
    ChatState state,
    String organisationName,
    ZoneId timeZone,
    QueuePlace place,
    boolean advisorTyping,
    long readUpTo,
    List<ChatMessageView> messages,
    boolean returnCodeTaken) {}
