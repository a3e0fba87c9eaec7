package eu.pharos.chat.live;

import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatNotFound;
import eu.pharos.chat.MessageAck;
import eu.pharos.chat.PostedMessage;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import eu.pharos.chat.VisitorView;
import eu.pharos.shared.InvalidInput;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A victim, by the key of their one conversation: any other conversation is not found to them. */
record VisitorParty(VisitorChats chats, VisitorKey key, Locale locale) implements Party {

  @Override
  public ChatSignal.Side side() {
    return ChatSignal.Side.VISITOR;
  }

  @Override
  public UUID organisationId() {
    return null;
  }

  /** The victim's key is checked again on every read: a resumed chat makes the old one void. */
  @Override
  public Follow follow(UUID conversation) {
    VisitorKey key = mine(conversation);
    Map<UUID, String> names = new ConcurrentHashMap<>(4);
    return new Follow() {
      @Override
      public View since(long afterSeq) {
        return view(key, afterSeq);
      }

      @Override
      public Optional<ChatMessageView> render(PostedMessage posted) {
        return chats.render(key, posted, names);
      }

      @Override
      public MessageAck send(String clientId, String body) {
        return chats.send(key, clientId, body);
      }

      @Override
      public MessageAck note(String clientId, String body) {
        return VisitorParty.this.note(conversation, clientId, body);
      }
    };
  }

  private View view(VisitorKey key, long afterSeq) {
    VisitorView view = chats.view(key, afterSeq);
    Frame state =
        Frame.state(
            view.conversationId(),
            view.state().name(),
            view.place() == null ? null : view.place().position(),
            view.place() == null ? null : view.place().estimatedMinutes(),
            view.organisationName());
    return new View(state, view.messages());
  }

  @Override
  public MessageAck send(UUID conversation, String clientId, String body) {
    return chats.send(mine(conversation), clientId, body);
  }

  @Override
  public MessageAck note(UUID conversation, String clientId, String body) {
    throw InvalidInput.of("type", "chat.error.invalid");
  }

  @Override
  public void typing(UUID conversation) {
    chats.typing(mine(conversation));
  }

  @Override
  public void read(UUID conversation, long seq) {
    chats.read(mine(conversation), seq);
  }

  @Override
  public int waiting() {
    return 0;
  }

  private VisitorKey mine(UUID conversation) {
    if (!key.conversationId().equals(conversation)) {
      throw new ChatNotFound(conversation);
    }
    return key;
  }
}
