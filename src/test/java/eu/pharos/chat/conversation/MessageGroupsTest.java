package eu.pharos.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.ChatClosing;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatNotFound;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.ConversationView;
import eu.pharos.chat.NewChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A group of messages written in one transaction: each checked as the single path checks it, each
 * numbered once and in order, and a group that fails stores nothing and sends every message back to
 * the single path.
 */
@PharosTest
class MessageGroupsTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String COLLEAGUE = "bruno.apav@pharos.test";

  @Autowired MessageGroups groups;
  @Autowired VisitorChats visitors;
  @Autowired ChatConsole console;
  @Autowired PersonalDataCipher cipher;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserDetailsService userDetails;

  TenancyCheck tenancy;
  UUID apav;
  UUID advisorId;
  UUID colleagueId;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(null, userDetails);
    apav = staff(ADVISOR).organisationId();
    advisorId = staff(ADVISOR).userId();
    colleagueId = staff(COLLEAGUE).userId();
    as(ADVISOR, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
  }

  @AfterEach
  void endOpenConversations() {
    as(
        ADVISOR,
        () -> {
          for (ConversationView open : console.mine()) {
            console.end(
                open.id(),
                new ChatClosing(ContactOutcome.INFORMATION_GIVEN, null, null, null, false));
          }
          return console.setStatus(AdvisorAvailability.OFFLINE, 1, List.of());
        });
  }

  @Test
  void eachMessageOfAGroupIsCheckedAndNumberedAsTheSinglePathWould() {
    VisitorKey a = started();
    VisitorKey b = started();
    long aBefore = lastSeq(a);
    long bBefore = lastSeq(b);

    List<MessageGroups.Request> group = new ArrayList<>();
    MessageGroups.Request a1 = visitor(a, "g-1", "Obrigada por responder.");
    MessageGroups.Request b1 = visitor(b, "g-1", "Estou em casa agora.");
    MessageGroups.Request a2 = visitor(a, "g-2", "Tenho medo de sair.");
    MessageGroups.Request a1Again = visitor(a, "g-1", "Obrigada por responder.");
    MessageGroups.Request voided =
        request(b.conversationId(), ChatSender.VISITOR, null, "not-the-key-hash", "g-3", "Olá");
    MessageGroups.Request advisor =
        request(a.conversationId(), ChatSender.ADVISOR, advisorId, null, "a-1", "Estou aqui.");
    MessageGroups.Request notYours =
        request(
            b.conversationId(), ChatSender.ADVISOR, colleagueId, null, "c-1", "Olá, sou o Bruno.");
    MessageGroups.Request concern = visitor(a, "g-4", "Ele vai me matar, estou em perigo.");
    group.addAll(List.of(a1, b1, a2, a1Again, voided, advisor, notYours, concern));

    groups.write(group);

    assertThat(outcome(a1)).isEqualTo(new MessageGroups.Stored(aBefore + 1, false));
    assertThat(outcome(b1)).isEqualTo(new MessageGroups.Stored(bBefore + 1, false));
    assertThat(outcome(a2)).isEqualTo(new MessageGroups.Stored(aBefore + 2, false));
    assertThat(outcome(a1Again)).isEqualTo(new MessageGroups.Stored(aBefore + 1, true));
    assertThat(outcome(voided))
        .isInstanceOfSatisfying(
            MessageGroups.Refused.class,
            r -> assertThat(r.reason()).isInstanceOf(ChatNotFound.class));
    assertThat(outcome(advisor)).isEqualTo(new MessageGroups.Stored(aBefore + 3, false));
    assertThat(outcome(notYours))
        .isInstanceOfSatisfying(
            MessageGroups.Refused.class,
            r ->
                assertThat(((InvalidInput) r.reason()).problems().get(0).messageKey())
                    .isEqualTo("chat.error.notYours"));
    // Words of concern raise the conversation on the single path, which the group leaves it to.
    assertThat(outcome(concern)).isInstanceOf(MessageGroups.Single.class);

    List<ChatMessageView> read = visitors.view(a, aBefore).messages();
    assertThat(read)
        .extracting(ChatMessageView::seq, ChatMessageView::sender, ChatMessageView::body)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                aBefore + 1, ChatSender.VISITOR, "Obrigada por responder."),
            org.assertj.core.groups.Tuple.tuple(
                aBefore + 2, ChatSender.VISITOR, "Tenho medo de sair."),
            org.assertj.core.groups.Tuple.tuple(aBefore + 3, ChatSender.ADVISOR, "Estou aqui."));
    assertThat(lastSeq(a)).isEqualTo(aBefore + 3);
    assertThat(
            jdbc.queryForObject(
                "select staff_read_seq from chat_conversation where id = ?",
                Long.class,
                a.conversationId()))
        .isEqualTo(aBefore + 3);
    assertThat(visitors.view(b, bBefore).messages())
        .extracting(ChatMessageView::body)
        .containsExactly("Estou em casa agora.");
    // Sealed at rest, as on the single path.
    assertThat(
            jdbc.queryForList(
                "select body_sealed from chat_message where conversation_id = ?",
                String.class,
                a.conversationId()))
        .noneMatch(stored -> stored.contains("medo"));
  }

  @Test
  void aResendOfAMessageStoredByAnEarlierGroupKeepsItsNumberAndTheOthersOfItsGroupAreStored() {
    VisitorKey a = started();
    VisitorKey b = started();
    long aBefore = lastSeq(a);
    long bBefore = lastSeq(b);
    MessageGroups.Request first = visitor(a, "r-1", "Primeira mensagem.");
    groups.write(List.of(first));
    assertThat(outcome(first)).isEqualTo(new MessageGroups.Stored(aBefore + 1, false));

    // The client lost the ack and sends it again, in a group with messages not seen before: the
    // insert refuses the resend's client id, and the group is written again, looking for resends.
    MessageGroups.Request again = visitor(a, "r-1", "Primeira mensagem.");
    MessageGroups.Request next = visitor(a, "r-2", "Segunda mensagem.");
    MessageGroups.Request other = visitor(b, "r-1", "Noutra conversa.");
    groups.write(List.of(again, next, other));

    assertThat(outcome(again)).isEqualTo(new MessageGroups.Stored(aBefore + 1, true));
    assertThat(outcome(next)).isEqualTo(new MessageGroups.Stored(aBefore + 2, false));
    assertThat(outcome(other)).isEqualTo(new MessageGroups.Stored(bBefore + 1, false));
    assertThat(visitors.view(a, aBefore).messages())
        .extracting(ChatMessageView::seq, ChatMessageView::body)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(aBefore + 1, "Primeira mensagem."),
            org.assertj.core.groups.Tuple.tuple(aBefore + 2, "Segunda mensagem."));
    assertThat(lastSeq(a)).isEqualTo(aBefore + 2);
    assertThat(lastSeq(b)).isEqualTo(bBefore + 1);
  }

  @Test
  void aGroupThatFailsStoresNothingAndSendsEveryMessageToTheSinglePath() {
    VisitorKey a = started();
    long before = lastSeq(a);
    MessageGroups.Request fine = visitor(a, "f-1", "Uma mensagem normal.");
    // Longer than the column: the insert fails, and with it the whole group.
    MessageGroups.Request broken = visitor(a, "x".repeat(80), "Outra mensagem.");

    groups.write(List.of(fine, broken));

    assertThat(outcome(fine)).isInstanceOf(MessageGroups.Single.class);
    assertThat(outcome(broken)).isInstanceOf(MessageGroups.Single.class);
    assertThat(lastSeq(a)).isEqualTo(before);
    assertThat(visitors.view(a, before).messages()).isEmpty();

    // The single path then stores the good one as usual.
    assertThat(visitors.send(a, "f-1", "Uma mensagem normal.").seq()).isEqualTo(before + 1);
  }

  private VisitorKey started() {
    VisitorKey key =
        visitors
            .start(new NewChat(apav, "pt", ChatTopic.DOMESTIC_VIOLENCE, ChatKind.LIVE, true, null))
            .key();
    as(ADVISOR, () -> console.accept(key.conversationId()));
    return key;
  }

  private MessageGroups.Request visitor(VisitorKey key, String clientId, String text) {
    return request(
        key.conversationId(),
        ChatSender.VISITOR,
        null,
        Secrets.hashToken(key.token()),
        clientId,
        text);
  }

  private MessageGroups.Request request(
      UUID conversation,
      ChatSender sender,
      UUID authorId,
      String tokenHash,
      String clientId,
      String text) {
    UUID id = UUID.randomUUID();
    String body = cipher.seal(text, ChatMessage.contextOf(id));
    return new MessageGroups.Request(
        id,
        apav,
        conversation,
        sender,
        authorId,
        tokenHash,
        clientId,
        text,
        body,
        cipher.keyIdOf(body),
        new CompletableFuture<>());
  }

  private static MessageGroups.Outcome outcome(MessageGroups.Request request) {
    assertThat(request.outcome()).isDone();
    return request.outcome().join();
  }

  private long lastSeq(VisitorKey key) {
    return jdbc.queryForObject(
        "select last_seq from chat_conversation where id = ?", Long.class, key.conversationId());
  }

  private StaffUser staff(String email) {
    return (StaffUser) userDetails.loadUserByUsername(email);
  }

  private <T> T as(String email, Supplier<T> work) {
    return tenancy.asUser(email, work);
  }
}
