package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatSender;
import eu.pharos.chat.ChatState;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Ends a conversation on the service's side (a blocked visitor): the victim reads a calm line that
 * the service ended it, with 112 and the organisation's helpline, and the conversation can still be
 * filed. For {@code chat.blocks}; callers run in the organisation and a transaction.
 */
@Component
public class ServiceEnding {

  /** The conversation as a block needs it; the token hash identifies the visitor's browser. */
  public record Handled(
      UUID conversationId,
      UUID organisationId,
      UUID advisorId,
      ChatState state,
      String visitorTokenHash) {}

  private final ConversationStore store;
  private final Conversations endings;
  private final Organisations organisations;

  ServiceEnding(ConversationStore store, Conversations endings, Organisations organisations) {
    this.store = store;
    this.endings = endings;
    this.organisations = organisations;
  }

  /** The hash under which a visitor key's token is stored, to recognise a browser's key. */
  public static String tokenHash(String token) {
    return Secrets.hashToken(token);
  }

  /**
   * The conversation under its row lock.
   *
   * @throws eu.pharos.chat.ChatNotFound for one of another organisation
   */
  public Handled lock(UUID conversationId) {
    Conversation c = store.lock(conversationId);
    return new Handled(c.id(), c.organisationId(), c.advisorId(), c.state(), c.visitorTokenHash());
  }

  /**
   * Ends the conversation if it is open, with the line for the victim; the caller holds the lock.
   */
  public void end(UUID conversationId) {
    Conversation c = store.lock(conversationId);
    if (!c.state().open()) {
      return;
    }
    String helpline =
        organisations.member(c.organisationId()).map(organisations::helplineNumber).orElse(null);
    String line =
        helpline == null
            ? store.say(c.language(), "chat.block.system.ended")
            : store.say(c.language(), "chat.block.system.endedHelpline", helpline);
    store.append(c, ChatSender.SYSTEM, null, null, line);
    endings.end(c);
  }
}
