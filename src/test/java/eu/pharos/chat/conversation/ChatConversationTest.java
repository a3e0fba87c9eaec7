package eu.pharos.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.ChatAvailability;
import eu.pharos.chat.ChatClosing;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ChatEnded;
import eu.pharos.chat.ChatFollow;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatNotFound;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.ChatState;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.ConversationView;
import eu.pharos.chat.MessageAck;
import eu.pharos.chat.NewChat;
import eu.pharos.chat.PostedMessage;
import eu.pharos.chat.ReturnCode;
import eu.pharos.chat.ReturnCodeRefused;
import eu.pharos.chat.StartedChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import eu.pharos.chat.VisitorView;
import eu.pharos.chat.live.ChatSignal;
import eu.pharos.chat.live.Relay;
import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.helpline.ContactView;
import eu.pharos.helpline.Contacts;
import eu.pharos.network.CrimeType;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The chat's two facades against the real database: victims and advisors of APAV. */
@PharosTest
@RecordApplicationEvents
class ChatConversationTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String COLLEAGUE = "bruno.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";

  @Autowired VisitorChats visitors;
  @Autowired ChatConsole console;
  @Autowired Contacts contacts;
  @Autowired Directory directory;
  @Autowired TranscriptRetentionJob retention;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ApplicationEvents events;
  @Autowired Relay relay;

  TenancyCheck tenancy;
  UUID apav;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    apav = ((StaffUser) userDetails.loadUserByUsername(ADVISOR)).organisationId();
    for (String advisor : List.of(ADVISOR, COLLEAGUE)) {
      as(advisor, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    }
  }

  @AfterEach
  void endOpenConversations() {
    for (String advisor : List.of(ADVISOR, COLLEAGUE)) {
      as(
          advisor,
          () -> {
            for (ConversationView open : console.mine()) {
              console.end(open.id(), closing());
            }
            return console.setStatus(AdvisorAvailability.OFFLINE, 1, List.of());
          });
    }
  }

  @Test
  void aVictimAndAnAdvisorTalkAndTheEndFilesAContactWithTheTranscript() {
    StartedChat started = start(ChatKind.LIVE);
    VisitorKey key = started.key();
    assertThat(started.state()).isEqualTo(ChatState.QUEUED);
    assertThat(started.place().position()).isPositive();

    MessageAck first = visitors.send(key, "v-1", "Olá, preciso de ajuda.");
    assertThat(first).isEqualTo(new MessageAck("v-1", 1, false));
    assertThat(as(ADVISOR, () -> console.queue()))
        .anySatisfy(q -> assertThat(q.conversationId()).isEqualTo(key.conversationId()));

    ConversationView taken = as(ADVISOR, () -> console.accept(key.conversationId()));
    assertThat(taken.state()).isEqualTo(ChatState.ACTIVE);
    assertThat(taken.messages()).extracting(ChatMessageView::seq).containsExactly(1L, 2L);
    assertThat(taken.messages().get(1).sender()).isEqualTo(ChatSender.SYSTEM);

    MessageAck reply =
        as(ADVISOR, () -> console.send(key.conversationId(), "a-1", "Bom dia, estou aqui."));
    as(ADVISOR, () -> console.note(key.conversationId(), "n-1", "Seems calm; ask about children."));
    assertThat(reply.seq()).isEqualTo(3);

    VisitorView seen = visitors.view(key, 1);
    assertThat(seen.state()).isEqualTo(ChatState.ACTIVE);
    assertThat(seen.place()).isNull();
    assertThat(seen.messages())
        .extracting(ChatMessageView::body)
        .containsExactly("Um conselheiro juntou-se à conversa.", "Bom dia, estou aqui.");
    assertThat(seen.messages().get(1).authorName()).doesNotContain(" ");
    assertThat(seen.messages()).noneMatch(m -> m.sender() == ChatSender.NOTE);

    visitors.read(key, 3);
    as(ADVISOR, () -> console.read(key.conversationId(), 1));
    assertThat(as(ADVISOR, () -> console.open(key.conversationId(), 0)).readUpTo()).isEqualTo(3);
    assertThat(visitors.view(key, 99).readUpTo()).isEqualTo(3);

    UUID contactId =
        as(
            ADVISOR,
            () ->
                console.end(
                    key.conversationId(),
                    new ChatClosing(
                        ContactOutcome.EMOTIONAL_SUPPORT_GIVEN,
                        CrimeType.DOMESTIC_VIOLENCE,
                        "Will write again.",
                        null,
                        false)));
    ContactView contact = as(ADVISOR, () -> contacts.get(contactId));
    assertThat(contact.channel()).isEqualTo(ContactChannel.CHAT);
    assertThat(contact.transcript())
        .containsPattern("\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\] Vítima: Olá, preciso de ajuda.")
        .contains(": Bom dia, estou aqui.")
        .doesNotContain("ask about children");
    assertThat(contact.note()).startsWith("Will write again.").contains("ask about children");
    assertThat(visitors.view(key, 0).state()).isEqualTo(ChatState.ENDED);
    assertThat(as(ADVISOR, () -> console.open(key.conversationId(), 0)).contactId())
        .isEqualTo(contactId);
    assertThat(
            events.stream(ChatEnded.class)
                .filter(e -> e.conversationId().equals(key.conversationId())))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.answered()).isTrue();
              assertThat(e.waitedSeconds()).isNotNull();
              assertThat(e.topic()).isEqualTo(ChatTopic.DOMESTIC_VIOLENCE);
            });
    assertThatThrownBy(() -> visitors.send(key, "v-2", "still there?"))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> as(ADVISOR, () -> console.end(key.conversationId(), closing())))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void staffReadsOfAConversationAreAudited() {
    VisitorKey key = start(ChatKind.LIVE).key();
    visitors.send(key, "v-1", "hello");
    as(ADVISOR, () -> console.accept(key.conversationId()));
    as(SUPERVISOR, () -> console.open(key.conversationId(), 0));
    as(ADVISOR, () -> console.mine());

    List<String> actors =
        jdbc.queryForList(
            "select actor_label from audit_event where action = 'data.read'"
                + " and target_type = 'chat.conversation' and target_id = ?",
            String.class,
            key.conversationId().toString());
    assertThat(actors).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void badMessagesAreRefusedAndMarkupIsKeptAsText() {
    VisitorKey key = start(ChatKind.LIVE).key();
    assertThat(problems(() -> visitors.send(key, "c", "")))
        .containsExactly("chat.error.body.required");
    assertThat(problems(() -> visitors.send(key, "c", "   \n ")))
        .containsExactly("chat.error.body.required");
    assertThat(problems(() -> visitors.send(key, "c", "x".repeat(4001))))
        .containsExactly("chat.error.body.tooLong");
    assertThat(problems(() -> visitors.send(key, "c", "bell\u0007")))
        .containsExactly("chat.error.body.control");
    assertThat(problems(() -> visitors.send(key, null, "hi")))
        .containsExactly("chat.error.clientId.required");
    assertThat(problems(() -> visitors.send(key, "x".repeat(65), "hi")))
        .containsExactly("chat.error.clientId.invalid");

    String script = "<script>alert('x')</script>\n\tand a tab & <b>bold</b>";
    visitors.send(key, "c-1", script);
    visitors.send(key, "c-2", "x".repeat(4000));
    assertThat(visitors.view(key, 0).messages())
        .extracting(ChatMessageView::body)
        .containsExactly(script, "x".repeat(4000));
    assertThat(
            jdbc.queryForList(
                "select body_sealed from chat_message where conversation_id = ?",
                String.class,
                key.conversationId()))
        .noneMatch(b -> b.contains("script"));
  }

  @Test
  void startRefusesWhatItCannotServe() {
    assertThat(
            problems(
                () ->
                    visitors.start(
                        new NewChat(apav, "xx", null, ChatKind.LIVE, false, "find-help"))))
        .containsExactlyInAnyOrder(
            "chat.error.language", "chat.error.topic.required", "chat.error.notice.required");
    assertThat(
            problems(
                () ->
                    visitors.start(
                        new NewChat(
                            UUID.randomUUID(),
                            "pt",
                            ChatTopic.GENERAL,
                            ChatKind.LIVE,
                            true,
                            null))))
        .containsExactly("chat.error.organisation");
  }

  @Test
  void aChatStartedWithoutASourceIsStartedWithNone() {
    StartedChat started =
        visitors.start(new NewChat(apav, "pt", ChatTopic.GENERAL, ChatKind.LIVE, true, null));
    assertThat(
            jdbc.queryForObject(
                "select source from chat_conversation where id = ?",
                String.class,
                started.key().conversationId()))
        .isNull();
  }

  @Test
  void aResendIsAcknowledgedWithItsFirstNumberAndConcurrentSendsGetEveryNumberOnce()
      throws Exception {
    VisitorKey key = start(ChatKind.LIVE).key();
    as(ADVISOR, () -> console.accept(key.conversationId()));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<MessageAck>> acks = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        String clientId = "v-" + (i % 15);
        acks.add(pool.submit(() -> visitors.send(key, clientId, "message " + clientId)));
      }
      List<MessageAck> results = new ArrayList<>();
      for (Future<MessageAck> ack : acks) {
        results.add(ack.get());
      }
      assertThat(results.stream().filter(MessageAck::duplicate)).hasSize(15);
      for (MessageAck ack : results) {
        assertThat(results)
            .filteredOn(other -> other.clientId().equals(ack.clientId()))
            .extracting(MessageAck::seq)
            .containsOnly(ack.seq());
      }
    } finally {
      pool.shutdown();
    }
    List<ChatMessageView> messages = visitors.view(key, 0).messages();
    assertThat(messages)
        .extracting(ChatMessageView::seq)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 16).mapToObj(Long::valueOf).toList());
    assertThat(
            messages.stream()
                .filter(m -> m.sender() == ChatSender.VISITOR)
                .map(ChatMessageView::clientId))
        .doesNotHaveDuplicates()
        .hasSize(15);
    MessageAck again = visitors.send(key, "v-3", "a different text, same id");
    assertThat(again.duplicate()).isTrue();
  }

  @Test
  void aWrongKeyAndAnotherOrganisationFindNothing() {
    VisitorKey key = start(ChatKind.LIVE).key();
    VisitorKey guessed = new VisitorKey(key.conversationId(), Secrets.newToken());
    assertThatThrownBy(() -> visitors.view(guessed, 0)).isInstanceOf(ChatNotFound.class);
    assertThatThrownBy(() -> visitors.send(guessed, "c", "hi")).isInstanceOf(ChatNotFound.class);
    assertThatThrownBy(() -> visitors.view(new VisitorKey(UUID.randomUUID(), key.token()), 0))
        .isInstanceOf(ChatNotFound.class);

    assertThatThrownBy(() -> as(OUTSIDER, () -> console.accept(key.conversationId())))
        .isInstanceOf(ChatNotFound.class);
    assertThatThrownBy(() -> as(OUTSIDER, () -> console.open(key.conversationId(), 0)))
        .isInstanceOf(ChatNotFound.class);
    assertThatThrownBy(() -> as(OUTSIDER, () -> console.send(key.conversationId(), "c", "hi")))
        .isInstanceOf(ChatNotFound.class);
    assertThat(as(OUTSIDER, () -> console.queue()))
        .noneMatch(q -> q.conversationId().equals(key.conversationId()));

    as(ADVISOR, () -> console.accept(key.conversationId()));
    assertThatThrownBy(
            () -> as(COLLEAGUE, () -> console.send(key.conversationId(), "b-1", "I answer too")))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aColleagueTakingItFirstIsAConcurrentChange() {
    VisitorKey key = start(ChatKind.LIVE).key();
    as(COLLEAGUE, () -> console.accept(key.conversationId()));
    assertThatThrownBy(() -> as(ADVISOR, () -> console.accept(key.conversationId())))
        .isInstanceOf(ConcurrentChange.class);

    ConversationView moved =
        as(
            COLLEAGUE,
            () ->
                console.transfer(
                    key.conversationId(),
                    ((StaffUser) userDetails.loadUserByUsername(ADVISOR)).userId()));
    assertThat(as(ADVISOR, () -> console.mine()))
        .anySatisfy(v -> assertThat(v.id()).isEqualTo(moved.id()));
  }

  @Test
  void acceptNextTakesTheHighestPriorityInTheAdvisorsLanguage() {
    VisitorKey calm = start(ChatKind.LIVE).key();
    VisitorKey urgent = start(ChatKind.LIVE).key();
    visitors.send(urgent, "u-1", "Ele vai me matar, estou em perigo");
    ConversationView first = as(ADVISOR, () -> console.acceptNext()).orElseThrow();
    assertThat(first.id()).isEqualTo(urgent.conversationId());
    assertThat(first.priority()).isPositive();
    assertThat(first.messages())
        .anySatisfy(
            m -> {
              assertThat(m.sender()).isEqualTo(ChatSender.NOTE);
              assertThat(m.body()).contains("112");
            });
    assertThat(visitors.view(urgent, 0).messages()).noneMatch(m -> m.sender() == ChatSender.NOTE);
    as(ADVISOR, () -> console.accept(calm.conversationId()));
  }

  @Test
  void advisorStatusKeepsCapacityAndLanguagesWithinBounds() {
    assertThat(
            problems(
                () ->
                    as(
                        ADVISOR,
                        () -> console.setStatus(AdvisorAvailability.AVAILABLE, 0, List.of("pt")))))
        .containsExactly("chat.error.capacity");
    assertThat(
            problems(
                () ->
                    as(
                        ADVISOR,
                        () -> console.setStatus(AdvisorAvailability.AVAILABLE, 7, List.of("pt")))))
        .containsExactly("chat.error.capacity");
    assertThat(
            problems(
                () ->
                    as(
                        ADVISOR,
                        () -> console.setStatus(AdvisorAvailability.AVAILABLE, 2, List.of("sw")))))
        .containsExactly("chat.error.languages.offered");
    var status = as(ADVISOR, () -> console.setStatus(AdvisorAvailability.BUSY, 3, List.of("pt")));
    assertThat(status.capacity()).isEqualTo(3);
    assertThat(status.languages()).isEqualTo(Set.of("pt"));
    assertThat(as(ADVISOR, () -> console.myStatus()).availability())
        .isEqualTo(AdvisorAvailability.BUSY);
  }

  @Test
  void availabilityFollowsOpeningHoursAndAvailableAdvisors() {
    MemberView member = directory.member(apav).orElseThrow();
    boolean hoursOpen = member.openStateAt(Instant.now()).open();
    ChatAvailability pt = visitors.availability(apav, "pt");
    assertThat(pt.openNow()).isEqualTo(hoursOpen);
    assertThat(pt.emergencyNumber()).isEqualTo("112");
    assertThat(pt.languages()).contains("pt");
    for (String advisor : List.of(ADVISOR, COLLEAGUE)) {
      as(advisor, () -> console.setStatus(AdvisorAvailability.AWAY, 1, List.of("pt")));
    }
    assertThat(visitors.availability(apav, "pt").openNow()).isFalse();
  }

  @Test
  void aReturnCodeReopensTheConversationAsWrittenMessagingOnce() {
    VisitorKey key = start(ChatKind.LIVE).key();
    visitors.send(key, "v-1", "first");
    ReturnCode code = visitors.takeReturnCode(key);
    assertThat(code.passphrase()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
    assertThat(code.toString()).doesNotContain(code.passphrase());
    assertThat(visitors.view(key, 0).returnCodeTaken()).isTrue();
    visitors.leave(key);
    assertThat(visitors.view(key, 0).state()).isEqualTo(ChatState.ABANDONED);

    // An address no other test uses: tries are limited per address across the application.
    String address = "2001:db8::" + Long.toHexString(System.nanoTime() & 0xffff);
    VisitorKey resumed =
        visitors.resume(code.passphrase().toLowerCase().replace("-", " "), address);
    assertThat(resumed.conversationId()).isEqualTo(key.conversationId());
    assertThatThrownBy(() -> visitors.view(key, 0)).isInstanceOf(ChatNotFound.class);
    VisitorView view = visitors.view(resumed, 0);
    assertThat(view.kind()).isEqualTo(ChatKind.WRITTEN);
    assertThat(view.messages()).extracting(ChatMessageView::body).containsExactly("first");
    visitors.send(resumed, "v-2", "I am back");

    assertThatThrownBy(() -> visitors.resume(code.passphrase(), address))
        .isInstanceOf(ReturnCodeRefused.class)
        .satisfies(e -> assertThat(((ReturnCodeRefused) e).retryAfterSeconds()).isZero());
    assertThatThrownBy(() -> visitors.resume("0000-0000-0000-0000", address))
        .isInstanceOf(ReturnCodeRefused.class);
    assertThatThrownBy(() -> visitors.resume("not a code", address))
        .isInstanceOf(ReturnCodeRefused.class);
    for (int i = 0; i < 3; i++) {
      try {
        visitors.resume(Secrets.newReturnCode(), address);
      } catch (ReturnCodeRefused expected) {
        // guessing
      }
    }
    assertThatThrownBy(() -> visitors.resume(Secrets.newReturnCode(), address))
        .isInstanceOf(ReturnCodeRefused.class)
        .satisfies(e -> assertThat(((ReturnCodeRefused) e).retryAfterSeconds()).isPositive());
    visitors.delete(resumed);
  }

  @Test
  void leavingTheQueueAbandonsDeletingRemovesTheMessagesAndRatingIsChecked() {
    VisitorKey key = start(ChatKind.LIVE).key();
    visitors.send(key, "v-1", "hello");
    visitors.leave(key);
    assertThat(
            events.stream(ChatEnded.class)
                .filter(e -> e.conversationId().equals(key.conversationId())))
        .singleElement()
        .satisfies(e -> assertThat(e.answered()).isFalse());
    assertThat(problems(() -> visitors.rate(key, 6, null)))
        .containsExactly("chat.error.rating.stars");
    assertThat(problems(() -> visitors.rate(key, 4, "x".repeat(501))))
        .containsExactly("chat.error.rating.comment");
    visitors.rate(key, 4, "Thank you");
    assertThat(
            jdbc.queryForObject(
                "select rating from chat_conversation where id = ?",
                Integer.class,
                key.conversationId()))
        .isEqualTo(4);

    visitors.delete(key);
    VisitorView deleted = visitors.view(key, 0);
    assertThat(deleted.state()).isEqualTo(ChatState.DELETED);
    assertThat(deleted.messages()).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from chat_message where conversation_id = ?",
                Integer.class,
                key.conversationId()))
        .isZero();
  }

  @Test
  void retentionDeletesTheMessagesOfConversationsEndedLongerAgoThanTheOrganisationKeeps() {
    VisitorKey old = start(ChatKind.LIVE).key();
    VisitorKey recent = start(ChatKind.LIVE).key();
    for (VisitorKey key : List.of(old, recent)) {
      visitors.send(key, "v-1", "hello");
      as(ADVISOR, () -> console.accept(key.conversationId()));
      as(ADVISOR, () -> console.end(key.conversationId(), closing()));
    }
    jdbc.update(
        "update chat_conversation set ended_at = ? where id = ?",
        Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)),
        old.conversationId());

    assertThat(retention.run()).isPositive();

    assertThat(messageCount(old.conversationId())).isZero();
    assertThat(messageCount(recent.conversationId())).isPositive();
    assertThat(
            jdbc.queryForObject(
                "select messages_deleted_at from chat_conversation where id = ?",
                Timestamp.class,
                old.conversationId()))
        .isNotNull();
  }

  private int messageCount(UUID conversation) {
    return jdbc.queryForObject(
        "select count(*) from chat_message where conversation_id = ?", Integer.class, conversation);
  }

  private StartedChat start(ChatKind kind) {
    return visitors.start(
        new NewChat(apav, "pt", ChatTopic.DOMESTIC_VIOLENCE, kind, true, "find-help"));
  }

  private static ChatClosing closing() {
    return new ChatClosing(ContactOutcome.INFORMATION_GIVEN, null, null, null, false);
  }

  @Test
  void aFollowSendsAndNotesAsTheConsoleDoesForItsFollowerOnly() {
    VisitorKey key = start(ChatKind.LIVE).key();
    UUID id = key.conversationId();
    visitors.send(key, "v-1", "Preciso de ajuda.");
    as(ADVISOR, () -> console.accept(id));
    ChatFollow follow = as(ADVISOR, () -> console.follow(id));

    assertThat(as(ADVISOR, () -> follow.send("a-1", "Pode falar agora?")))
        .isEqualTo(new MessageAck("a-1", 3, false));
    // A resend keeps its number.
    assertThat(as(ADVISOR, () -> follow.send("a-1", "Pode falar agora?")))
        .isEqualTo(new MessageAck("a-1", 3, true));
    assertThat(as(ADVISOR, () -> follow.note("n-1", "Called back at 10:00.")))
        .isEqualTo(new MessageAck("n-1", 4, false));
    // The checks of a send still hold: an empty message is refused, as by the console.
    assertThatThrownBy(() -> as(ADVISOR, () -> follow.send("a-2", "  ")))
        .isInstanceOf(InvalidInput.class);
    // Another user of the organisation cannot send through it, and nothing of theirs is stored.
    assertThatThrownBy(() -> as(COLLEAGUE, () -> follow.send("c-1", "Not mine to send.")))
        .isInstanceOf(ChatNotFound.class);
    assertThatThrownBy(() -> as(COLLEAGUE, () -> follow.note("c-2", "Not mine to note.")))
        .isInstanceOf(ChatNotFound.class);

    List<ChatMessageView> all = as(ADVISOR, () -> console.since(follow, 0)).messages();
    assertThat(all)
        .extracting(ChatMessageView::sender)
        .containsExactly(
            ChatSender.VISITOR, ChatSender.SYSTEM, ChatSender.ADVISOR, ChatSender.NOTE);
    assertThat(visitors.view(key, 0).messages())
        .extracting(ChatMessageView::body)
        .contains("Pode falar agora?")
        .doesNotContain("Called back at 10:00.");
  }

  @Test
  void aMessagePushedWithoutAReadIsShownToEachSideExactlyAsAReadShowsIt() {
    List<ChatSignal> signals = new CopyOnWriteArrayList<>();
    relay.subscribe(
        signal -> {
          if (signal.posted() != null) {
            signals.add(signal);
          }
        });
    boolean masked =
        Boolean.TRUE.equals(
            jdbc.query(
                "select mask_contact_details from chat_settings where organisation_id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : null,
                apav));
    mask(true);
    try {
      VisitorKey key = start(ChatKind.LIVE).key();
      UUID id = key.conversationId();
      visitors.send(key, "v-1", "Ligue-me para +351 912 345 678, por favor.");
      as(ADVISOR, () -> console.accept(id));
      as(ADVISOR, () -> console.send(id, "a-1", "Bom dia, estou aqui."));
      as(ADVISOR, () -> console.note(id, "n-1", "Ask about the children."));

      List<PostedMessage> posted =
          signals.stream()
              .filter(s -> s.conversationId().equals(id))
              .map(ChatSignal::posted)
              .sorted(java.util.Comparator.comparingLong(PostedMessage::seq))
              .toList();
      assertThat(posted).extracting(PostedMessage::seq).containsExactly(1L, 2L, 3L, 4L);
      assertThat(posted)
          .extracting(PostedMessage::sender)
          .containsExactly(
              ChatSender.VISITOR, ChatSender.SYSTEM, ChatSender.ADVISOR, ChatSender.NOTE);
      // What crosses the relay is sealed as at rest.
      assertThat(posted)
          .allSatisfy(
              p ->
                  assertThat(p.bodySealed())
                      .doesNotContain("912")
                      .doesNotContain("Bom dia")
                      .doesNotContain("children"));

      // The victim: no note, advisors by first name, as their read shows it.
      java.util.Map<UUID, String> names = new java.util.HashMap<>();
      List<ChatMessageView> toVictim =
          posted.stream().flatMap(p -> visitors.render(key, p, names).stream()).toList();
      assertThat(toVictim).extracting(ChatMessageView::seq).containsExactly(1L, 2L, 3L);
      assertThat(toVictim).isEqualTo(visitors.view(key, 0).messages());

      // Staff: everything, the victim's phone number masked, as their read shows it.
      ChatFollow follow = as(ADVISOR, () -> console.follow(id));
      List<ChatMessageView> toStaff =
          as(ADVISOR, () -> posted.stream().flatMap(p -> follow.render(p).stream()).toList());
      assertThat(toStaff).isEqualTo(as(ADVISOR, () -> console.since(follow, 0)).messages());
      assertThat(toStaff.get(0).body()).contains(ConversationStore.MASK).doesNotContain("912");

      // A key the conversation no longer has, and another user's follow, get nothing.
      VisitorKey stale = new VisitorKey(id, "a-key-voided-by-a-resume");
      assertThatThrownBy(() -> visitors.render(stale, posted.get(0), names))
          .isInstanceOf(ChatNotFound.class);
      assertThatThrownBy(() -> as(COLLEAGUE, () -> follow.render(posted.get(0))))
          .isInstanceOf(ChatNotFound.class);
      // Nor does a message that says it is of another organisation.
      PostedMessage first = posted.get(0);
      PostedMessage elsewhere =
          new PostedMessage(
              first.id(),
              UUID.randomUUID(),
              first.seq(),
              first.sender(),
              first.authorId(),
              first.clientId(),
              first.sentAt(),
              first.bodySealed(),
              first.state(),
              first.language(),
              first.visitorTokenHash());
      assertThatThrownBy(() -> as(ADVISOR, () -> follow.render(elsewhere)))
          .isInstanceOf(ChatNotFound.class);

    } finally {
      mask(masked);
    }
  }

  private void mask(boolean mask) {
    if (jdbc.update(
            "update chat_settings set mask_contact_details = ? where organisation_id = ?",
            mask,
            apav)
        == 0) {
      jdbc.update(
          "insert into chat_settings (organisation_id, transcript_retention_days,"
              + " mask_contact_details, reply_target_hours, emergency_protocol, version,"
              + " updated_at) values (?, 30, ?, 24, '', 1, current_timestamp)",
          apav,
          mask);
    }
  }

  private <T> T as(String email, java.util.function.Supplier<T> work) {
    return tenancy.asUser(email, work);
  }

  private void as(String email, Runnable work) {
    tenancy.asUser(
        email,
        () -> {
          work.run();
          return null;
        });
  }

  private static List<String> problems(Runnable call) {
    try {
      call.run();
    } catch (InvalidInput e) {
      return e.problems().stream().map(InvalidInput.Problem::messageKey).toList();
    }
    throw new AssertionError("no invalid input");
  }
}
