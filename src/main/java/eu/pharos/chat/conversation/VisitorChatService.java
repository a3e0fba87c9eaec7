package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatAvailability;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatNotFound;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.ChatState;
import eu.pharos.chat.MessageAck;
import eu.pharos.chat.NewChat;
import eu.pharos.chat.PostedMessage;
import eu.pharos.chat.QueuePlace;
import eu.pharos.chat.ReturnCode;
import eu.pharos.chat.ReturnCodeRefused;
import eu.pharos.chat.StartedChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import eu.pharos.chat.VisitorView;
import eu.pharos.chat.live.ChatSignal;
import eu.pharos.network.MemberView;
import eu.pharos.network.OpenState;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.platform.RateLimiter;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.tenancy.TenantContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The victim's side. A visitor has no organisation of their own, so each call first finds the
 * conversation's organisation from the key, past the tenant filter, and then works inside that
 * organisation's scope; a key that does not open the conversation is {@link ChatNotFound}.
 */
@Service
class VisitorChatService implements VisitorChats {

  static final Set<String> SOURCES = Set.of("find-help", "member-page", "embed");
  static final RateLimiter.Limit RETURN_CODE_ATTEMPTS =
      new RateLimiter.Limit("chat.return-code", 5, Duration.ofMinutes(15));
  static final int MAX_COMMENT = 500;

  private final ConversationStore store;
  private final Organisations organisations;
  private final ConversationRepository conversations;
  private final Conversations endings;
  private final Typing typing;
  private final Signals signals;
  private final PersonalDataCipher cipher;
  private final RateLimiter rateLimiter;
  private final StaffAlerts alerts;
  private final VisitorGate gate;
  private final TransactionTemplate tx;
  private final LiveMessages live;
  private final MessageGroups groups;

  VisitorChatService(
      ConversationStore store,
      Organisations organisations,
      ConversationRepository conversations,
      Conversations endings,
      Typing typing,
      Signals signals,
      PersonalDataCipher cipher,
      RateLimiter rateLimiter,
      StaffAlerts alerts,
      VisitorGate gate,
      PlatformTransactionManager transactions,
      LiveMessages live,
      MessageGroups groups) {
    this.store = store;
    this.organisations = organisations;
    this.conversations = conversations;
    this.endings = endings;
    this.typing = typing;
    this.signals = signals;
    this.cipher = cipher;
    this.rateLimiter = rateLimiter;
    this.alerts = alerts;
    this.gate = gate;
    this.tx = new TransactionTemplate(transactions);
    this.live = live;
    this.groups = groups;
  }

  @Override
  public ChatAvailability availability(UUID organisationId, String language) {
    MemberView member =
        organisations
            .member(organisationId)
            .orElseThrow(
                () -> InvalidInput.of("organisationId", MessageText.PREFIX + "organisation"));
    List<String> languages = organisations.languages(member);
    String asked = language != null && languages.contains(language) ? language : languages.get(0);
    OpenState hours = member.openStateAt(store.now());
    boolean open = hours.open() && organisations.advisorAvailable(organisationId, asked);
    int waiting = organisations.waiting(organisationId);
    Integer estimate =
        open
            ? organisations.estimatedMinutes(
                organisationId, organisations.zone(member), waiting + 1)
            : null;
    return new ChatAvailability(
        organisationId,
        member.name(),
        open,
        hours.open() ? null : hours.nextOpening(),
        waiting,
        estimate,
        languages,
        organisations.helplineNumber(member),
        "112");
  }

  @Override
  public StartedChat start(NewChat request) {
    if (request == null) {
      throw InvalidInput.of(null, MessageText.PREFIX + "request");
    }
    List<Problem> problems = new ArrayList<>();
    Optional<MemberView> member = organisations.member(request.organisationId());
    if (member.isEmpty()) {
      problems.add(Problem.of("organisationId", MessageText.PREFIX + "organisation"));
    } else if (request.language() == null
        || !organisations.languages(member.get()).contains(request.language())) {
      problems.add(Problem.of("language", MessageText.PREFIX + "language"));
    }
    if (request.topic() == null) {
      problems.add(Problem.of("topic", MessageText.PREFIX + "topic.required"));
    }
    if (!request.noticeAccepted()) {
      problems.add(Problem.of("noticeAccepted", MessageText.PREFIX + "notice.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    UUID organisationId = request.organisationId();
    String token = Secrets.newToken();
    ChatKind kind = request.kind() == null ? ChatKind.LIVE : request.kind();
    Conversation started =
        TenantContext.runAs(
            organisationId,
            () ->
                tx.execute(
                    status -> {
                      Conversation c =
                          new Conversation(
                              UUID.randomUUID(),
                              kind,
                              request.language(),
                              request.topic(),
                              Secrets.hashToken(token),
                              request.source() != null && SOURCES.contains(request.source())
                                  ? request.source()
                                  : null,
                              store.now());
                      conversations.saveAndFlush(c);
                      signals.afterCommit(ChatSignal.queue(organisationId));
                      return c;
                    }));
    return new StartedChat(
        new VisitorKey(started.id(), token), started.state(), place(started, member.get()));
  }

  @Override
  public VisitorView view(VisitorKey key, long afterSeq) {
    return inConversation(
        key,
        false,
        c -> {
          MemberView member = organisations.member(c.organisationId()).orElse(null);
          return new VisitorView(
              c.id(),
              c.kind(),
              c.state(),
              member == null ? null : member.name(),
              member == null ? java.time.ZoneId.of("UTC") : member.timeZone(),
              c.state() == ChatState.QUEUED ? place(c, member) : null,
              typing.isTyping(c.id(), ChatSignal.Side.STAFF),
              c.staffReadSeq(),
              c.state() == ChatState.DELETED ? List.of() : store.read(c, afterSeq, true),
              c.returnCodeTaken());
        });
  }

  /**
   * Checks the key against the one the conversation had when the message was stored, as a read
   * would against the stored one: a key voided by a resume gets nothing.
   */
  @Override
  public Optional<ChatMessageView> render(
      VisitorKey key, PostedMessage posted, Map<UUID, String> names) {
    if (key == null
        || key.token() == null
        || posted.visitorTokenHash() == null
        || !MessageDigest.isEqual(
            posted.visitorTokenHash().getBytes(StandardCharsets.US_ASCII),
            Secrets.hashToken(key.token()).getBytes(StandardCharsets.US_ASCII))) {
      throw new ChatNotFound(key == null ? null : key.conversationId());
    }
    // Advisors' names are read in the organisation's scope, as for a read.
    return TenantContext.runAs(
        posted.organisationId(), () -> store.view(posted, names, true, false));
  }

  @Override
  public MessageAck send(VisitorKey key, String clientId, String body) {
    String text = MessageText.check(clientId, body);
    if (key == null || key.conversationId() == null || key.token() == null) {
      throw new ChatNotFound(key == null ? null : key.conversationId());
    }
    // The group checks the key against the conversation's under its lock; only the single path
    // needs the organisation first, to work in its scope.
    MessageGroups.Outcome grouped =
        groups.visitor(key.conversationId(), Secrets.hashToken(key.token()), clientId, text);
    if (grouped instanceof MessageGroups.Stored stored) {
      return new MessageAck(clientId, stored.seq(), stored.duplicate());
    }
    if (grouped instanceof MessageGroups.Refused refused) {
      throw refused.reason();
    }
    return TenantContext.runAs(owner(key), () -> tx.execute(status -> store(key, clientId, text)));
  }

  private MessageAck store(VisitorKey key, String clientId, String text) {
    LiveMessages.Locked row = live.lock(key.conversationId());
    RuntimeException unreachable =
        LiveMessages.unreachable(
            row, row.id(), null, ChatSender.VISITOR, Secrets.hashToken(key.token()));
    if (unreachable != null) {
      // Resumed with the return code since the key was checked: this key opens nothing now.
      throw unreachable;
    }
    OptionalLong before = live.sentBefore(row.id(), ChatSender.VISITOR, clientId);
    if (before.isPresent()) {
      return new MessageAck(clientId, before.getAsLong(), true);
    }
    if (!row.state().open()) {
      // A block ends its conversation, so a blocked one is always closed: asking here
      // keeps the barrier's queries off every message of an open conversation.
      gate.admit(row.organisationId(), row.id(), null);
      throw InvalidInput.of("conversation", MessageText.PREFIX + "closed");
    }
    if (LiveMessages.plain(row) && !Safeguarding.raisesConcern(text, row.language())) {
      return new MessageAck(
          clientId, live.append(row, ChatSender.VISITOR, null, clientId, text), false);
    }
    Conversation c = store.find(row.id());
    ChatMessage stored = store.append(c, ChatSender.VISITOR, null, clientId, text);
    if (c.kind() == ChatKind.WRITTEN) {
      c.visitorWrote(store.now(), store.settings(c.organisationId()).replyTarget());
    }
    if (Safeguarding.raisesConcern(text, c.language())) {
      boolean wasQueued = c.state() == ChatState.QUEUED;
      if (c.raisePriority()) {
        alerts.concern(c.organisationId(), c.id(), c.advisorId());
      }
      store.systemLine(c, ChatSender.NOTE, "chat.safeguarding.concern");
      if (wasQueued) {
        signals.afterCommit(ChatSignal.queue(c.organisationId()));
      }
    }
    return new MessageAck(clientId, stored.seq(), false);
  }

  @Override
  public void typing(VisitorKey key) {
    UUID organisationId = owner(key);
    signals.now(ChatSignal.typing(key.conversationId(), organisationId, ChatSignal.Side.VISITOR));
  }

  @Override
  public void read(VisitorKey key, long seq) {
    inConversation(
        key,
        true,
        c -> {
          c.visitorRead(seq);
          signals.afterCommit(
              ChatSignal.read(
                  c.id(), c.organisationId(), c.visitorReadSeq(), ChatSignal.Side.VISITOR));
          return null;
        });
  }

  @Override
  public ReturnCode takeReturnCode(VisitorKey key) {
    return inConversation(
        key,
        true,
        c -> {
          if (c.state() == ChatState.DELETED) {
            throw InvalidInput.of("conversation", MessageText.PREFIX + "closed");
          }
          String code = Secrets.newReturnCode();
          c.returnCode(cipher.blindIndex("name", Secrets.canonicalCode(code)));
          return new ReturnCode(code);
        });
  }

  @Override
  public VisitorKey resume(String passphrase, String callerAddress) {
    RateLimiter.Decision decision =
        rateLimiter.tryAcquire(
            RETURN_CODE_ATTEMPTS, callerAddress == null ? "unknown" : callerAddress);
    if (!decision.allowed()) {
      throw new ReturnCodeRefused(decision.retryAfterSeconds());
    }
    String canonical = Secrets.canonicalCode(passphrase);
    if (canonical == null) {
      throw new ReturnCodeRefused(0);
    }
    Organisations.CodeOwner owner =
        organisations
            .ownerOfCode(cipher.blindIndex("name", canonical))
            .orElseThrow(() -> new ReturnCodeRefused(0));
    String token = Secrets.newToken();
    TenantContext.runAs(
        owner.organisationId(),
        () ->
            tx.executeWithoutResult(
                status -> {
                  Conversation c = store.lock(owner.conversationId());
                  if (c.state() == ChatState.DELETED || !c.returnCodeTaken()) {
                    throw new ReturnCodeRefused(0);
                  }
                  gate.admit(c.organisationId(), c.id(), callerAddress);
                  c.resumeAsWritten(
                      Secrets.hashToken(token),
                      store.now(),
                      store.settings(c.organisationId()).replyTarget());
                  gate.remember(c.organisationId(), c.id(), callerAddress);
                  signals.afterCommit(ChatSignal.state(c.id(), c.organisationId()));
                  signals.afterCommit(ChatSignal.queue(c.organisationId()));
                }));
    return new VisitorKey(owner.conversationId(), token);
  }

  @Override
  public void rate(VisitorKey key, int stars, String comment) {
    List<Problem> problems = new ArrayList<>();
    if (stars < 1 || stars > 5) {
      problems.add(Problem.of("stars", MessageText.PREFIX + "rating.stars", 1, 5));
    }
    String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
    if (trimmed != null && trimmed.length() > MAX_COMMENT) {
      problems.add(Problem.of("comment", MessageText.PREFIX + "rating.comment", MAX_COMMENT));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    inConversation(
        key,
        true,
        c -> {
          if (c.state() == ChatState.DELETED) {
            throw InvalidInput.of("conversation", MessageText.PREFIX + "closed");
          }
          String sealed = cipher.seal(trimmed, "chat_conversation.rating_comment_sealed:" + c.id());
          c.rate(stars, sealed, sealed == null ? null : cipher.keyIdOf(sealed));
          return null;
        });
  }

  @Override
  public void leave(VisitorKey key) {
    inConversation(
        key,
        true,
        c -> {
          if (c.state().open()) {
            if (c.state() != ChatState.QUEUED) {
              store.systemLine(c, ChatSender.SYSTEM, "chat.system.visitorLeft");
            }
            endings.end(c);
          }
          return null;
        });
  }

  @Override
  public void delete(VisitorKey key) {
    inConversation(
        key,
        true,
        c -> {
          if (c.state().open()) {
            endings.end(c);
          }
          if (c.state() != ChatState.DELETED) {
            store.deleteMessages(c);
            c.delete(store.now());
            signals.afterCommit(ChatSignal.state(c.id(), c.organisationId()));
          }
          return null;
        });
  }

  /** Runs work on the key's conversation in its organisation's scope; locked to change it. */
  private <T> T inConversation(VisitorKey key, boolean lock, Function<Conversation, T> work) {
    UUID organisationId = owner(key);
    return TenantContext.runAs(
        organisationId,
        () ->
            tx.execute(
                status ->
                    work.apply(
                        lock
                            ? store.lock(key.conversationId())
                            : store.find(key.conversationId()))));
  }

  private UUID owner(VisitorKey key) {
    if (key == null || key.conversationId() == null || key.token() == null) {
      throw new ChatNotFound(key == null ? null : key.conversationId());
    }
    return organisations
        .ownerOf(key.conversationId(), Secrets.hashToken(key.token()))
        .orElseThrow(() -> new ChatNotFound(key.conversationId()));
  }

  private QueuePlace place(Conversation c, MemberView member) {
    if (c.state() != ChatState.QUEUED) {
      return null;
    }
    int position = organisations.position(c.organisationId(), c.id(), c.priority(), c.queuedAt());
    Integer minutes =
        member == null
            ? null
            : organisations.estimatedMinutes(
                c.organisationId(), organisations.zone(member), position);
    return new QueuePlace(position, minutes);
  }

  static Instant nowOr(Instant value, Instant fallback) {
    return value == null ? fallback : value;
  }
}
