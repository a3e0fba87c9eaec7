package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatSender;
import eu.pharos.chat.MessageAck;
import eu.pharos.shared.StaffUser;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a staff user's message or note in a conversation of their organisation, for the console
 * ({@link ChatConsoleService}) and for a staff socket's follow. The caller has checked the role. A
 * message goes into the next group of writes when the node groups them, and otherwise in a
 * transaction of its own; either way a resend with the same client id answers with the number the
 * message already has.
 */
@Component
class StaffMessages {

  private final ConversationStore store;
  private final LiveMessages live;
  private final MessageGroups groups;
  private final TransactionTemplate single;

  StaffMessages(
      ConversationStore store,
      LiveMessages live,
      MessageGroups groups,
      PlatformTransactionManager transactions) {
    this.store = store;
    this.live = live;
    this.groups = groups;
    this.single = new TransactionTemplate(transactions);
  }

  /**
   * Called outside a transaction: a grouped message must not hold a connection while its group is
   * written.
   */
  MessageAck write(
      StaffUser me, UUID conversationId, String clientId, String body, ChatSender sender) {
    String text = MessageText.check(clientId, body);
    MessageGroups.Outcome grouped =
        groups.staff(me.organisationId(), conversationId, sender, me.userId(), clientId, text);
    if (grouped instanceof MessageGroups.Stored stored) {
      return new MessageAck(clientId, stored.seq(), stored.duplicate());
    }
    if (grouped instanceof MessageGroups.Refused refused) {
      throw refused.reason();
    }
    return single.execute(status -> writeSingle(me, conversationId, clientId, text, sender));
  }

  private MessageAck writeSingle(
      StaffUser me, UUID conversationId, String clientId, String text, ChatSender sender) {
    LiveMessages.Locked row = live.lock(conversationId);
    OptionalLong before = live.sentBefore(row.id(), sender, clientId);
    if (before.isPresent()) {
      return new MessageAck(clientId, before.getAsLong(), true);
    }
    RuntimeException refused = LiveMessages.refusal(row, sender, me.userId());
    if (refused != null) {
      throw refused;
    }
    if (LiveMessages.plain(row)) {
      return new MessageAck(clientId, live.append(row, sender, me.userId(), clientId, text), false);
    }
    Conversation c = store.find(conversationId);
    ChatMessage stored = store.append(c, sender, me.userId(), clientId, text);
    if (sender == ChatSender.ADVISOR) {
      c.advisorWrote();
      c.staffRead(stored.seq());
    }
    return new MessageAck(clientId, stored.seq(), false);
  }
}
