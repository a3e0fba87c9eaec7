package eu.pharos.chat;

import java.util.UUID;

/**
 * The victim's side: anonymous, no account. Each call but {@link #start} and {@link #resume} needs
 * the conversation's {@link VisitorKey}; a wrong or expired key is answered as an unknown
 * conversation ({@link ChatNotFound}), whatever the id.
 */
public interface VisitorChats {

  /** Whether the organisation answers chats now, in which language, and what else there is. */
  ChatAvailability availability(UUID organisationId, String language);

  /**
   * Starts a conversation in the organisation's queue.
   *
   * @throws eu.pharos.shared.InvalidInput for an unknown organisation or language, a topic missing,
   *     or the notice not accepted
   */
  StartedChat start(NewChat request);

  /** The conversation after message {@code afterSeq}: state, queue place and new messages. */
  VisitorView view(VisitorKey key, long afterSeq);

  /**
   * A message just posted in the key's conversation, as the victim may see it (empty for an
   * internal note), without reading the conversation again.
   *
   * @param names the authors' names already known to the caller, which it adds to
   * @throws ChatNotFound when the key no longer opens the conversation (the victim resumed it)
   */
  java.util.Optional<ChatMessageView> render(
      VisitorKey key, PostedMessage posted, java.util.Map<UUID, String> names);

  /**
   * Stores a message before it is acknowledged; a message with a {@code clientId} already stored is
   * acknowledged again and not stored twice.
   *
   * @throws eu.pharos.shared.InvalidInput for an empty message, one over 4 000 characters, a
   *     missing client id, or a conversation that is closed
   */
  MessageAck send(VisitorKey key, String clientId, String body);

  /** Tells the advisor that the victim is typing; not stored. */
  void typing(VisitorKey key);

  /** Marks the messages up to {@code seq} as seen by the victim. */
  void read(VisitorKey key, long seq);

  /**
   * Makes a return code for the conversation (replacing any earlier one) and returns it, to be
   * shown once.
   */
  ReturnCode takeReturnCode(VisitorKey key);

  /**
   * Reopens the conversation of a return code as written messaging, with a new key.
   *
   * @throws ReturnCodeRefused for a code that matches nothing (the same answer for a deleted
   *     conversation), or when too many attempts came from the caller recently
   */
  VisitorKey resume(String passphrase, String callerAddress);

  /** The victim's rating at the end: 1 to 5 stars and an optional comment of 500 characters. */
  void rate(VisitorKey key, int stars, String comment);

  /** The victim leaves: a queued conversation is abandoned, an active one ended. */
  void leave(VisitorKey key);

  /**
   * Deletes the conversation's messages and its return code at the victim's request; the contact
   * already filed keeps only what the advisor wrote in it.
   */
  void delete(VisitorKey key);
}
