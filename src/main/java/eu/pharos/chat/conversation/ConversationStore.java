package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatNotFound;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.live.ChatSignal;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.platform.PersonalDataCipher;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What both sides do to a conversation: number and store a message once, read messages back as each
 * side may see them, and keep the organisation's settings. Callers run in the conversation's
 * organisation and a transaction; numbering needs the conversation's row lock.
 */
@Component
class ConversationStore {

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()./-]{6,}\\d");
  static final String MASK = "•••";

  private final ConversationRepository conversations;
  private final MessageRepository messages;
  private final SettingsRepository settings;
  private final PersonalDataCipher cipher;
  private final Users users;
  private final MessageSource text;
  private final Signals signals;
  private final Clock clock;

  ConversationStore(
      ConversationRepository conversations,
      MessageRepository messages,
      SettingsRepository settings,
      PersonalDataCipher cipher,
      Users users,
      MessageSource text,
      Signals signals,
      Clock clock) {
    this.conversations = conversations;
    this.messages = messages;
    this.settings = settings;
    this.cipher = cipher;
    this.users = users;
    this.text = text;
    this.signals = signals;
    this.clock = clock;
  }

  record Appended(ChatMessage message, boolean duplicate) {}

  Instant now() {
    return Instant.now(clock);
  }

  Conversation lock(UUID id) {
    if (id == null) {
      throw new ChatNotFound(null);
    }
    return conversations.lock(id).orElseThrow(() -> new ChatNotFound(id));
  }

  Conversation find(UUID id) {
    if (id == null) {
      throw new ChatNotFound(null);
    }
    return conversations.findById(id).orElseThrow(() -> new ChatNotFound(id));
  }

  ChatSettings settings(UUID organisationId) {
    return settings.findById(organisationId).orElseGet(() -> ChatSettings.defaults(organisationId));
  }

  /** The message sent before with this client id, if any: a resend is acknowledged, not stored. */
  java.util.Optional<ChatMessage> sentBefore(
      Conversation conversation, ChatSender sender, String clientId) {
    return messages.findSent(conversation.id(), ChatMessage.sideOf(sender), clientId);
  }

  /** Stores a message with the conversation's next number; the caller holds its row lock. */
  ChatMessage append(
      Conversation conversation, ChatSender sender, UUID authorId, String clientId, String body) {
    Instant now = now();
    long seq = conversation.nextSeq(now);
    ChatMessage message =
        new ChatMessage(UUID.randomUUID(), conversation.id(), seq, sender, authorId, clientId, now);
    String sealed = cipher.seal(body, ChatMessage.contextOf(message.id()));
    message.seal(sealed, cipher.keyIdOf(sealed));
    messages.save(message);
    conversations.save(conversation);
    signals.afterCommit(
        ChatSignal.message(
            conversation.id(),
            conversation.organisationId(),
            seq,
            sender == ChatSender.VISITOR ? ChatSignal.Side.VISITOR : ChatSignal.Side.STAFF));
    return message;
  }

  /**
   * A line of Pharos's own, in the conversation's language; {@code NOTE} keeps it from the victim.
   */
  ChatMessage systemLine(Conversation conversation, ChatSender sender, String key) {
    return append(conversation, sender, null, null, say(conversation.language(), key));
  }

  String say(String language, String key, Object... arguments) {
    return text.getMessage(key, arguments, Locale.forLanguageTag(language));
  }

  /**
   * Messages after {@code afterSeq}: for the victim without notes and with advisors' first names
   * only; for staff with notes, contact details masked where the organisation chose so.
   */
  List<ChatMessageView> read(Conversation conversation, long afterSeq, boolean forVisitor) {
    return read(conversation, afterSeq, forVisitor, new HashMap<>());
  }

  /** The same, with the authors' names already known to the caller, which it adds to. */
  List<ChatMessageView> read(
      Conversation conversation, long afterSeq, boolean forVisitor, Map<UUID, String> names) {
    List<ChatMessage> found =
        messages.findByConversationIdAndSeqGreaterThanOrderBySeqAsc(
            conversation.id(), Math.max(0, afterSeq));
    if (found.isEmpty()) {
      return List.of();
    }
    boolean mask = !forVisitor && settings(conversation.organisationId()).maskContactDetails();
    return found.stream()
        .filter(m -> !forVisitor || m.sender().visibleToVisitor())
        .map(m -> view(m, conversation, names, forVisitor, mask))
        .toList();
  }

  ChatMessageView view(
      ChatMessage m,
      Conversation conversation,
      Map<UUID, String> names,
      boolean forVisitor,
      boolean mask) {
    String body = cipher.open(m.bodySealed(), ChatMessage.contextOf(m.id()));
    if (mask && m.sender() == ChatSender.VISITOR) {
      body = mask(body);
    }
    String author =
        switch (m.sender()) {
          case VISITOR -> null;
          case SYSTEM -> say(conversation.language(), "chat.author.system");
          case ADVISOR, NOTE ->
              m.authorId() == null
                  ? say(conversation.language(), "chat.author.system")
                  : names.computeIfAbsent(m.authorId(), id -> name(id, forVisitor));
        };
    return new ChatMessageView(m.seq(), m.sender(), author, body, m.sentAt(), m.clientId());
  }

  private String name(UUID userId, boolean firstNameOnly) {
    String name = users.find(userId).map(UserView::displayName).orElse(null);
    if (name == null || name.isBlank()) {
      return null;
    }
    return firstNameOnly ? name.strip().split("\\s+")[0] : name;
  }

  List<ChatMessage> all(Conversation conversation) {
    return messages.findByConversationIdAndSeqGreaterThanOrderBySeqAsc(conversation.id(), 0);
  }

  String open(ChatMessage m) {
    return cipher.open(m.bodySealed(), ChatMessage.contextOf(m.id()));
  }

  String staffName(UUID userId) {
    return userId == null ? null : name(userId, false);
  }

  void deleteMessages(Conversation conversation) {
    messages.deleteAllInBatch(all(conversation));
    conversation.messagesDeleted(now());
  }

  static String mask(String body) {
    return PHONE.matcher(EMAIL.matcher(body).replaceAll(MASK)).replaceAll(MASK);
  }
}
