package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatNotFound;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.PostedMessage;
import eu.pharos.chat.live.ChatSignal;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
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
  private final EntityManager entities;
  private final JdbcTemplate jdbc;
  private final Duration settingsFor;

  ConversationStore(
      ConversationRepository conversations,
      MessageRepository messages,
      SettingsRepository settings,
      PersonalDataCipher cipher,
      Users users,
      MessageSource text,
      Signals signals,
      Clock clock,
      EntityManager entities,
      JdbcTemplate jdbc,
      @Value("${pharos.chat.settings-cache:5s}") Duration settingsFor) {
    this.conversations = conversations;
    this.messages = messages;
    this.settings = settings;
    this.cipher = cipher;
    this.users = users;
    this.text = text;
    this.signals = signals;
    this.clock = clock;
    this.entities = entities;
    this.jdbc = jdbc;
    this.settingsFor = settingsFor;
  }

  record Appended(ChatMessage message, boolean duplicate) {}

  private record MaskSetting(boolean mask, long readAt) {}

  private final Map<UUID, MaskSetting> masks = new ConcurrentHashMap<>();

  Instant now() {
    return Instant.now(clock);
  }

  /**
   * The conversation under its row lock. Loaded by id rather than by a query: Hibernate translates
   * a query anew on every call while the tenant filter is on, and this runs for every message. A
   * load by id is not filtered by tenant, so the scope is checked here.
   */
  Conversation lock(UUID id) {
    if (id == null) {
      throw new ChatNotFound(null);
    }
    Conversation c = entities.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE);
    UUID scope = TenantContext.current();
    if (c == null || !(TenantContext.SYSTEM.equals(scope) || c.organisationId().equals(scope))) {
      throw new ChatNotFound(id);
    }
    return c;
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

  /** Stores a message with the conversation's next number; the caller holds its row lock. */
  ChatMessage append(
      Conversation conversation, ChatSender sender, UUID authorId, String clientId, String body) {
    // As the database keeps it, so that the message pushed is the message read later.
    Instant now = now().truncatedTo(ChronoUnit.MICROS);
    long seq = conversation.nextSeq(now);
    ChatMessage message =
        new ChatMessage(UUID.randomUUID(), conversation.id(), seq, sender, authorId, clientId, now);
    String sealed = cipher.seal(body, ChatMessage.contextOf(message.id()));
    message.seal(sealed, cipher.keyIdOf(sealed));
    // New by construction: persist, where a repository's save would first look for it.
    entities.persist(message);
    // Built once committed, with the conversation's state as the transaction left it.
    signals.afterCommit(
        () ->
            ChatSignal.message(
                conversation.organisationId(),
                conversation.id(),
                new PostedMessage(
                    message.id(),
                    conversation.organisationId(),
                    seq,
                    sender,
                    authorId,
                    clientId,
                    now,
                    sealed,
                    conversation.state(),
                    conversation.language(),
                    conversation.visitorTokenHash())));
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
    return view(
        m.seq(),
        m.sender(),
        m.authorId(),
        body,
        m.sentAt(),
        m.clientId(),
        conversation.language(),
        names,
        forVisitor,
        mask);
  }

  /** A message just posted, as a client of one side may see it: none of a note for the victim. */
  Optional<ChatMessageView> view(
      PostedMessage p, Map<UUID, String> names, boolean forVisitor, boolean mask) {
    if (forVisitor && !p.sender().visibleToVisitor()) {
      return Optional.empty();
    }
    String body = cipher.open(p.bodySealed(), ChatMessage.contextOf(p.id()));
    return Optional.of(
        view(
            p.seq(),
            p.sender(),
            p.authorId(),
            body,
            p.sentAt(),
            p.clientId(),
            p.language(),
            names,
            forVisitor,
            mask));
  }

  private ChatMessageView view(
      long seq,
      ChatSender sender,
      UUID authorId,
      String body,
      Instant sentAt,
      String clientId,
      String language,
      Map<UUID, String> names,
      boolean forVisitor,
      boolean mask) {
    String shown = mask && sender == ChatSender.VISITOR ? mask(body) : body;
    String author =
        switch (sender) {
          case VISITOR -> null;
          case SYSTEM -> say(language, "chat.author.system");
          case ADVISOR, NOTE ->
              authorId == null
                  ? say(language, "chat.author.system")
                  : names.computeIfAbsent(authorId, id -> name(id, forVisitor));
        };
    return new ChatMessageView(seq, sender, author, shown, sentAt, clientId);
  }

  /**
   * Whether staff see the victim's contact details masked. Read at most every few seconds per
   * organisation ({@code pharos.chat.settings-cache}), as every message pushed to staff asks.
   */
  boolean masksContactDetails(UUID organisationId) {
    long now = System.nanoTime();
    MaskSetting known = masks.get(organisationId);
    if (known != null && now - known.readAt() < settingsFor.toNanos()) {
      return known.mask();
    }
    boolean mask = settings(organisationId).maskContactDetails();
    masks.put(organisationId, new MaskSetting(mask, now));
    return mask;
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

  /**
   * The body with e-mail addresses and phone numbers replaced by {@link #MASK}. Most messages have
   * neither an {@code @} nor two digits, which each pattern needs, and are returned as they are
   * without running the patterns: every victim's message pushed to staff comes through here.
   */
  static String mask(String body) {
    boolean email = body.indexOf('@') >= 0;
    boolean phone = digits(body) >= 2;
    String masked = email ? EMAIL.matcher(body).replaceAll(MASK) : body;
    return phone ? PHONE.matcher(masked).replaceAll(MASK) : masked;
  }

  private static int digits(String body) {
    int found = 0;
    for (int i = 0; i < body.length() && found < 2; i++) {
      if (Character.isDigit(body.charAt(i))) {
        found++;
      }
    }
    return found;
  }
}
