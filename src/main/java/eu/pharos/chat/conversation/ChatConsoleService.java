package eu.pharos.chat.conversation;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditRecord;
import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.AdvisorStatus;
import eu.pharos.chat.ChatClosing;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ChatFollow;
import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatNotFound;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.ChatState;
import eu.pharos.chat.ConversationView;
import eu.pharos.chat.MessageAck;
import eu.pharos.chat.PostedMessage;
import eu.pharos.chat.QueuedChat;
import eu.pharos.chat.live.ChatSignal;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisors' console, in the signed-in user's organisation: another organisation's conversations
 * are not found, whatever the id. Every read of a conversation's messages is audited.
 */
@Service
@Transactional
@PreAuthorize(ChatConsoleService.CHAT_WORK)
class ChatConsoleService implements ChatConsole {

  static final String CHAT_WORK = "hasAnyRole('ADVISOR', 'SUPERVISOR')";
  static final String AUDIT_TYPE = "chat.conversation";
  static final String FOLLOWED_LIVE = "followed live";
  static final Set<ChatState> TAKEN =
      EnumSet.of(ChatState.ACTIVE, ChatState.AWAITING_REPLY, ChatState.ANSWERED);

  private final ConversationStore store;
  private final ConversationRepository conversations;
  private final AdvisorStatusRepository statuses;
  private final Organisations organisations;
  private final Conversations endings;
  private final Filing filing;
  private final Typing typing;
  private final Signals signals;
  private final AuditLog audit;
  private final StaffMessages messages;
  private final ObjectProvider<ChatConsole> self;

  ChatConsoleService(
      ConversationStore store,
      ConversationRepository conversations,
      AdvisorStatusRepository statuses,
      Organisations organisations,
      Conversations endings,
      Filing filing,
      Typing typing,
      Signals signals,
      AuditLog audit,
      StaffMessages messages,
      ObjectProvider<ChatConsole> self) {
    this.self = self;
    this.messages = messages;
    this.store = store;
    this.conversations = conversations;
    this.statuses = statuses;
    this.organisations = organisations;
    this.endings = endings;
    this.filing = filing;
    this.typing = typing;
    this.signals = signals;
    this.audit = audit;
  }

  @Override
  @Transactional(readOnly = true)
  public AdvisorStatus myStatus() {
    StaffUser me = me();
    return status(
        statuses.findById(me.userId()).orElseGet(() -> new AdvisorStatusRecord(me.userId())),
        me.displayName());
  }

  @Override
  public AdvisorStatus setStatus(
      AdvisorAvailability availability, int capacity, List<String> languages) {
    StaffUser me = me();
    List<String> offered =
        organisations.member(me.organisationId()).map(organisations::languages).orElse(List.of());
    List<String> chosen = languages == null ? List.of() : languages.stream().distinct().toList();
    List<Problem> problems = new ArrayList<>();
    if (availability == null) {
      problems.add(Problem.of("availability", MessageText.PREFIX + "availability.required"));
    }
    if (capacity < 1 || capacity > 6) {
      problems.add(Problem.of("capacity", MessageText.PREFIX + "capacity", 1, 6));
    }
    if (chosen.stream().anyMatch(l -> l == null || !offered.contains(l))) {
      problems.add(Problem.of("languages", MessageText.PREFIX + "languages.offered"));
    } else if (chosen.isEmpty() && availability == AdvisorAvailability.AVAILABLE) {
      problems.add(Problem.of("languages", MessageText.PREFIX + "languages.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    AdvisorStatusRecord record =
        statuses.findById(me.userId()).orElseGet(() -> new AdvisorStatusRecord(me.userId()));
    record.set(availability, capacity, chosen, store.now());
    statuses.saveAndFlush(record);
    signals.afterCommit(ChatSignal.queue(me.organisationId()));
    return status(record, me.displayName());
  }

  @Override
  @Transactional(readOnly = true)
  public List<QueuedChat> queue() {
    return conversations.queued().stream()
        .map(
            c ->
                new QueuedChat(
                    c.id(),
                    c.kind(),
                    c.language(),
                    c.topic(),
                    c.priority(),
                    c.queuedAt(),
                    c.replyDueAt()))
        .toList();
  }

  @Override
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public Optional<ConversationView> acceptNext() {
    StaffUser me = me();
    AdvisorStatusRecord status = statuses.findById(me.userId()).orElse(null);
    if (status == null || active(me.userId()) >= status.capacity()) {
      return Optional.empty();
    }
    for (Conversation c : conversations.queued()) {
      if (!status.speaks(c.language())) {
        continue;
      }
      try {
        return Optional.of(self().accept(c.id()));
      } catch (ConcurrentChange taken) {
        // A colleague took it meanwhile: try the next one.
      }
    }
    return Optional.empty();
  }

  /** Through the proxy, so that each attempt is a transaction of its own. */
  private ChatConsole self() {
    return self.getObject();
  }

  @Override
  public ConversationView accept(UUID conversationId) {
    StaffUser me = me();
    Conversation c = store.lock(conversationId);
    if (c.state() != ChatState.QUEUED) {
      throw new ConcurrentChange(c.version(), view(c, Long.MAX_VALUE));
    }
    AdvisorStatusRecord status = statuses.findById(me.userId()).orElse(null);
    int capacity = status == null ? 1 : status.capacity();
    if (active(me.userId()) >= capacity) {
      throw InvalidInput.of("conversation", MessageText.PREFIX + "capacity.full", capacity);
    }
    c.accept(me.userId(), store.now());
    store.systemLine(c, ChatSender.SYSTEM, "chat.system.advisorJoined");
    signals.afterCommit(ChatSignal.state(c.id(), c.organisationId()));
    signals.afterCommit(ChatSignal.queue(c.organisationId()));
    audit.record(AuditRecord.access(AUDIT_TYPE, c.id()));
    return view(c, 0);
  }

  @Override
  @Transactional(readOnly = true)
  public List<ConversationView> mine() {
    StaffUser me = me();
    List<Conversation> open =
        conversations.findByAdvisorIdAndStateInOrderByLastMessageAtDesc(me.userId(), TAKEN);
    try (AuditLog.Gathering gathering = audit.gather()) {
      List<ConversationView> views = new ArrayList<>();
      for (Conversation c : open) {
        ConversationView view = view(c, 0);
        if (!view.messages().isEmpty()) {
          audit.record(AuditRecord.access(AUDIT_TYPE, c.id()));
        }
        views.add(view);
      }
      return views;
    }
  }

  @Override
  @Transactional(readOnly = true)
  public ConversationView open(UUID conversationId, long afterSeq) {
    Conversation c = store.find(conversationId);
    ConversationView view = view(c, afterSeq);
    audit.record(AuditRecord.access(AUDIT_TYPE, c.id()));
    return view;
  }

  @Override
  @Transactional(readOnly = true)
  public ChatFollow follow(UUID conversationId) {
    StaffUser me = me();
    Conversation c = store.find(conversationId);
    audit.record(AuditRecord.access(AUDIT_TYPE, c.id()).detail(FOLLOWED_LIVE));
    return new Following(this, c.id(), c.organisationId(), me.userId());
  }

  @Override
  @Transactional(readOnly = true)
  public ConversationView since(ChatFollow follow, long afterSeq) {
    Following f = mine(follow);
    return view(store.find(f.conversationId), afterSeq, f.names);
  }

  /**
   * For {@link Following#render}, called on this object and not through its proxy: the follow
   * checked the role and audited, and the user must still be the follower. Nothing is read but the
   * organisation's masking setting (kept for a while), so no transaction is opened.
   */
  Optional<ChatMessageView> render(Following follow, PostedMessage posted) {
    Following f = mine(follow);
    if (!f.organisationId.equals(posted.organisationId())) {
      throw new ChatNotFound(f.conversationId);
    }
    return store.view(posted, f.names, false, store.masksContactDetails(f.organisationId));
  }

  private Following mine(ChatFollow follow) {
    StaffUser me = me();
    if (!(follow instanceof Following f)
        || f.issuer != this
        || !f.userId.equals(me.userId())
        || !f.organisationId.equals(me.organisationId())) {
      throw new ChatNotFound(follow == null ? null : follow.conversationId());
    }
    return f;
  }

  /**
   * Outside a transaction: a grouped message must not hold a connection while its group is written.
   */
  @Override
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public MessageAck send(UUID conversationId, String clientId, String body) {
    return write(conversationId, clientId, body, ChatSender.ADVISOR);
  }

  @Override
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public MessageAck note(UUID conversationId, String clientId, String body) {
    return write(conversationId, clientId, body, ChatSender.NOTE);
  }

  /**
   * For {@link Following#send} and {@link Following#note}, called on this object and not through
   * its proxy: the follow checked the role, and the user must still be the follower. No transaction
   * is open here, as for {@link #send}.
   */
  MessageAck write(Following follow, String clientId, String body, ChatSender sender) {
    return write(mine(follow).conversationId, clientId, body, sender);
  }

  private MessageAck write(UUID conversationId, String clientId, String body, ChatSender sender) {
    return messages.write(me(), conversationId, clientId, body, sender);
  }

  @Override
  @Transactional(readOnly = true)
  public void typing(UUID conversationId) {
    Conversation c = store.find(conversationId);
    signals.now(ChatSignal.typing(c.id(), c.organisationId(), ChatSignal.Side.STAFF));
  }

  @Override
  public void read(UUID conversationId, long seq) {
    Conversation c = store.lock(conversationId);
    c.staffRead(seq);
    signals.afterCommit(
        ChatSignal.read(c.id(), c.organisationId(), c.staffReadSeq(), ChatSignal.Side.STAFF));
  }

  @Override
  public ConversationView transfer(UUID conversationId, UUID toAdvisorId) {
    Conversation c = store.lock(conversationId);
    if (!TAKEN.contains(c.state())) {
      throw InvalidInput.of("conversation", MessageText.PREFIX + "closed");
    }
    AdvisorStatusRecord target =
        toAdvisorId == null ? null : statuses.findById(toAdvisorId).orElse(null);
    if (target == null || target.availability() != AdvisorAvailability.AVAILABLE) {
      throw InvalidInput.of("toAdvisorId", MessageText.PREFIX + "transfer.unavailable");
    }
    if (toAdvisorId.equals(c.advisorId())) {
      throw InvalidInput.of("toAdvisorId", MessageText.PREFIX + "transfer.same");
    }
    if (active(toAdvisorId) >= target.capacity()) {
      throw InvalidInput.of("toAdvisorId", MessageText.PREFIX + "transfer.full");
    }
    c.transferTo(toAdvisorId);
    store.systemLine(c, ChatSender.SYSTEM, "chat.system.transferred");
    signals.afterCommit(ChatSignal.state(c.id(), c.organisationId()));
    audit.record(AuditRecord.access(AUDIT_TYPE, c.id()));
    return view(c, 0);
  }

  @Override
  public UUID end(UUID conversationId, ChatClosing closing) {
    if (closing == null) {
      throw InvalidInput.of("outcome", MessageText.PREFIX + "closing.required");
    }
    StaffUser me = me();
    Conversation c = store.lock(conversationId);
    if (c.contactId() != null) {
      throw InvalidInput.of("conversation", MessageText.PREFIX + "filed");
    }
    if (c.state() == ChatState.DELETED || c.state() == ChatState.QUEUED || c.acceptedAt() == null) {
      throw InvalidInput.of("conversation", MessageText.PREFIX + "notTaken");
    }
    if (c.state().open()) {
      store.systemLine(c, ChatSender.SYSTEM, "chat.system.ended");
      endings.end(c);
    }
    UUID contactId = filing.file(c, closing, me.userId());
    c.filedAs(contactId);
    audit.record(AuditRecord.access(AUDIT_TYPE, c.id()));
    if (store.settings(c.organisationId()).transcriptRetentionDays() == 0) {
      store.deleteMessages(c);
    }
    conversations.save(c);
    return contactId;
  }

  private long active(UUID advisorId) {
    return conversations.countByAdvisorIdAndStateIn(advisorId, TAKEN);
  }

  private AdvisorStatus status(AdvisorStatusRecord record, String name) {
    return new AdvisorStatus(
        record.userId(),
        name,
        record.availability(),
        record.capacity(),
        record.languages(),
        (int) active(record.userId()));
  }

  private ConversationView view(Conversation c, long afterSeq) {
    return view(c, afterSeq, new HashMap<>());
  }

  private ConversationView view(Conversation c, long afterSeq, Map<UUID, String> names) {
    return new ConversationView(
        c.id(),
        c.kind(),
        c.state(),
        c.language(),
        c.topic(),
        c.priority(),
        c.advisorId(),
        c.queuedAt(),
        c.acceptedAt(),
        c.endedAt(),
        typing.isTyping(c.id(), ChatSignal.Side.VISITOR),
        c.visitorReadSeq(),
        store.read(c, afterSeq, false, names),
        c.contactId(),
        c.version());
  }

  private static StaffUser me() {
    return TenantContext.currentUser()
        .orElseThrow(() -> new IllegalStateException("the chat console needs a signed-in user"));
  }
}
