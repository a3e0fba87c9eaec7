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
   * The conversation after message {@code afterSeq} as this party may see it.
   *
   * @throws eu.pharos.chat.ChatNotFound for a conversation that is not theirs
   */
  View view(UUID conversation, long afterSeq);

  MessageAck send(UUID conversation, String clientId, String body);

  MessageAck note(UUID conversation, String clientId, String body);

  void typing(UUID conversation);

  void read(UUID conversation, long seq);

  /** How many conversations wait in the organisation's queue; staff only. */
  int waiting();

  /** A conversation's state frame and its messages after a number. */
  record View(Frame state, List<ChatMessageView> messages) {}
}
