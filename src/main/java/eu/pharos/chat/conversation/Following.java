package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatFollow;
import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.MessageAck;
import eu.pharos.chat.PostedMessage;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A follow made by {@link ChatConsoleService#follow}: for whom and in which organisation, and the
 * names of the authors met so far, so that each new message does not look its author up again.
 * Nothing outside this package can make one.
 */
final class Following implements ChatFollow {

  final ChatConsoleService issuer;
  final UUID conversationId;
  final UUID organisationId;
  final UUID userId;
  final Map<UUID, String> names = new ConcurrentHashMap<>(4);

  Following(ChatConsoleService issuer, UUID conversationId, UUID organisationId, UUID userId) {
    this.issuer = issuer;
    this.conversationId = conversationId;
    this.organisationId = organisationId;
    this.userId = userId;
  }

  @Override
  public UUID conversationId() {
    return conversationId;
  }

  @Override
  public Optional<ChatMessageView> render(PostedMessage posted) {
    return issuer.render(this, posted);
  }

  @Override
  public MessageAck send(String clientId, String body) {
    return issuer.write(this, clientId, body, ChatSender.ADVISOR);
  }

  @Override
  public MessageAck note(String clientId, String body) {
    return issuer.write(this, clientId, body, ChatSender.NOTE);
  }
}
