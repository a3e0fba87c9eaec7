package eu.pharos.chat.live;

import eu.pharos.chat.ChatSender;
import eu.pharos.chat.PostedMessage;
import java.util.Objects;
import java.util.UUID;

/**
 * Something happened in a conversation: a message numbered {@code seq} was stored, its state
 * changed, one side is typing or has read up to {@code seq}, or the organisation's queue changed.
 * No text and no personal data, so that it may cross a message broker as it is: a message signal
 * may carry the message stored, sealed as it is at rest, so that nodes need not read it back.
 *
 * @param conversationId null for {@link Kind#QUEUE}
 * @param seq the message number for {@link Kind#MESSAGE} and {@link Kind#READ}, otherwise 0
 * @param side who caused it; null where nobody in particular did (a state change by the system)
 * @param posted for {@link Kind#MESSAGE}, the message itself where the sender had it; else null
 */
public record ChatSignal(
    UUID conversationId,
    UUID organisationId,
    Kind kind,
    long seq,
    Side side,
    PostedMessage posted) {

  public enum Kind {
    MESSAGE,
    STATE,
    TYPING,
    READ,
    QUEUE
  }

  /** The two sides of a conversation. */
  public enum Side {
    VISITOR,
    STAFF
  }

  public ChatSignal {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(kind, "kind");
    if (kind != Kind.QUEUE) {
      Objects.requireNonNull(conversationId, "conversationId");
    }
  }

  public ChatSignal(UUID conversationId, UUID organisationId, Kind kind, long seq, Side side) {
    this(conversationId, organisationId, kind, seq, side, null);
  }

  public static ChatSignal message(UUID conversationId, UUID organisationId, long seq, Side side) {
    return new ChatSignal(conversationId, organisationId, Kind.MESSAGE, seq, side);
  }

  /** A message signal with the message, for the nodes to push it without reading it back. */
  public static ChatSignal message(UUID organisationId, UUID conversationId, PostedMessage posted) {
    return new ChatSignal(
        conversationId,
        organisationId,
        Kind.MESSAGE,
        posted.seq(),
        posted.sender() == ChatSender.VISITOR ? Side.VISITOR : Side.STAFF,
        posted);
  }

  public static ChatSignal state(UUID conversationId, UUID organisationId) {
    return new ChatSignal(conversationId, organisationId, Kind.STATE, 0, null);
  }

  public static ChatSignal typing(UUID conversationId, UUID organisationId, Side side) {
    return new ChatSignal(conversationId, organisationId, Kind.TYPING, 0, side);
  }

  public static ChatSignal read(UUID conversationId, UUID organisationId, long seq, Side side) {
    return new ChatSignal(conversationId, organisationId, Kind.READ, seq, side);
  }

  public static ChatSignal queue(UUID organisationId) {
    return new ChatSignal(null, organisationId, Kind.QUEUE, 0, null);
  }
}
