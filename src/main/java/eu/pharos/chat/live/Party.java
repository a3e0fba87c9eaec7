package eu.pharos.chat.live;

import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.MessageAck;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Who is at the other end of a socket or a poll, and the facade calls made in their name: a victim
 * by their visitor key, or a signed-in member of staff in their organisation's scope.
 */
sealed interface Party permits VisitorParty, StaffParty {

  ChatSignal.Side side();

  /** The language of the client's error messages. */
  Locale locale();

  /** The organisation of staff; null for a victim, whose organisation the client does not know. */
  java.util.UUID organisationId();

  /**
   * Starts following the conversation: checks that it is the party's to see (for staff, the read is
   * audited here, once for the whole follow) and returns how to read it as they may see it.
   *
   * @throws eu.pharos.chat.ChatNotFound for a conversation that is not theirs
   */
  Follow follow(UUID conversation);

  MessageAck send(UUID conversation, String clientId, String body);

  MessageAck note(UUID conversation, String clientId, String body);

  void typing(UUID conversation);

  void read(UUID conversation, long seq);

  /** How many conversations wait in the organisation's queue; staff only. */
  int waiting();

  /** A followed conversation, read as its party may see it. */
  interface Follow {

    /**
     * Its state and its messages after {@code afterSeq}, in one read.
     *
     * @throws eu.pharos.chat.ChatNotFound when the conversation is no longer theirs to see
     */
    View since(long afterSeq);

    /**
     * A message just posted, as the party may see it (empty when it may not), without a read.
     *
     * @throws eu.pharos.chat.ChatNotFound when the conversation is no longer theirs to see
     */
    java.util.Optional<ChatMessageView> render(eu.pharos.chat.PostedMessage posted);

    /** {@link Party#send} to the followed conversation, with the checks the follow already made. */
    MessageAck send(String clientId, String body);

    /** {@link Party#note} to the followed conversation, likewise. */
    MessageAck note(String clientId, String body);
  }

  /** A conversation's state frame and its messages after a number. */
  record View(Frame state, List<ChatMessageView> messages) {}
}
