package eu.pharos.chat;

import java.util.List;
import java.util.UUID;

/**
 * The advisor's side, in the signed-in user's organisation (role ADVISOR or SUPERVISOR). A
 * conversation of another organisation is {@link ChatNotFound}, whatever the id.
 */
public interface ChatConsole {

  AdvisorStatus myStatus();

  /**
   * @throws eu.pharos.shared.InvalidInput for a capacity outside 1 to 6 or a language the
   *     organisation does not offer
   */
  AdvisorStatus setStatus(AdvisorAvailability availability, int capacity, List<String> languages);

  /** The organisation's waiting conversations, highest priority first, then longest waiting. */
  List<QueuedChat> queue();

  /**
   * Takes the next conversation the advisor can answer (their languages, under their capacity).
   *
   * @return empty when nothing waits that they can take
   */
  java.util.Optional<ConversationView> acceptNext();

  /**
   * Takes this conversation.
   *
   * @throws eu.pharos.shared.ConcurrentChange when a colleague took it first
   */
  ConversationView accept(UUID conversationId);

  /** The advisor's open conversations, newest activity first. */
  List<ConversationView> mine();

  /** The conversation after message {@code afterSeq}; audited. */
  ConversationView open(UUID conversationId, long afterSeq);

  /**
   * Starts following the conversation live (a socket's {@code hello}, a long poll): audited once,
   * here, as followed live; the messages are then read with {@link #since}.
   */
  ChatFollow follow(UUID conversationId);

  /**
   * The followed conversation after message {@code afterSeq}, in one read and not audited again:
   * the follow was.
   *
   * @throws ChatNotFound for a follow this user did not make through {@link #follow}
   */
  ConversationView since(ChatFollow follow, long afterSeq);

  /** Answers the victim; stored before it is acknowledged, a resend is not stored twice. */
  MessageAck send(UUID conversationId, String clientId, String body);

  /** An internal note in the conversation, never shown to the victim. */
  MessageAck note(UUID conversationId, String clientId, String body);

  void typing(UUID conversationId);

  void read(UUID conversationId, long seq);

  /**
   * Hands the conversation to a colleague of the organisation who is available.
   *
   * @throws eu.pharos.shared.InvalidInput for a colleague who is not available or is full
   */
  ConversationView transfer(UUID conversationId, UUID toAdvisorId);

  /**
   * Ends the conversation and files it as a contact of the helpline with its transcript, on a case
   * when asked; returns the contact's id.
   */
  UUID end(UUID conversationId, ChatClosing closing);
}
