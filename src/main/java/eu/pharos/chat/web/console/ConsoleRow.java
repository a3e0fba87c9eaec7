package eu.pharos.chat.web.console;

import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.ConversationView;

/**
 * One of the advisor's conversations in the console: how many of the victim's messages came after
 * the advisor's last answer (unread until answered), and the last message number, from which the
 * live page counts on.
 */
record ConsoleRow(ConversationView conversation, int unread, long lastSeq) {

  static ConsoleRow of(ConversationView conversation) {
    long lastAnswer = 0;
    long last = 0;
    for (ChatMessageView message : conversation.messages()) {
      last = Math.max(last, message.seq());
      if (message.sender() == ChatSender.ADVISOR) {
        lastAnswer = Math.max(lastAnswer, message.seq());
      }
    }
    int unread = 0;
    for (ChatMessageView message : conversation.messages()) {
      if (message.sender() == ChatSender.VISITOR && message.seq() > lastAnswer) {
        unread++;
      }
    }
    return new ConsoleRow(conversation, unread, last);
  }
}
