package eu.pharos.chat;

import java.util.Optional;
import java.util.UUID;

/**
 * A member of staff following one conversation live, on a socket or a long poll: made by {@link
 * ChatConsole#follow}, which checks that the conversation is theirs to see and audits the read
 * once; {@link ChatConsole#since} then reads what is new without auditing each message again. It
 * belongs to the user who made it and to nobody else.
 */
public interface ChatFollow {

  UUID conversationId();

  /**
   * A message of the followed conversation just posted, as its follower may see it, without reading
   * the conversation again, auditing or checking the follower's role again: the follow did all
   * three. Pushing each message to each client of a busy node goes through here, so it passes
   * through no proxy; it still refuses anyone but the follower.
   *
   * @throws ChatNotFound for another user, or a message of another organisation
   */
  Optional<ChatMessageView> render(PostedMessage posted);

  /**
   * Sends a message to the followed conversation, as {@link ChatConsole#send} does and with the
   * same checks of the conversation and the sender, but without checking the follower's role again:
   * a staff socket sends every message of its conversations through here.
   *
   * @throws ChatNotFound for another user
   */
  MessageAck send(String clientId, String body);

  /**
   * An internal note to the followed conversation, as {@link #send} for {@link ChatConsole#note}.
   */
  MessageAck note(String clientId, String body);
}
