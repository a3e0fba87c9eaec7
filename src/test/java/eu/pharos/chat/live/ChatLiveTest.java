package eu.pharos.chat.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.ChatClosing;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.ConversationView;
import eu.pharos.chat.NewChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import eu.pharos.chat.live.LiveClients.Browser;
import eu.pharos.chat.live.LiveClients.Socket;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.shared.StaffUser;
import eu.pharos.test.TenancyCheck;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * The live layer on a real port: a victim and APAV's advisor talk over real WebSockets and the HTTP
 * fallback, with the real security configuration.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "pharos.chat.live.poll-timeout=2s")
class ChatLiveTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String ADVISOR_TOTP = "TTUUUJNZGEIVMASPCDODWI6CCN54UMFA";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";
  static final String OUTSIDER_TOTP = "T2XHXZDWSID3CQZO7PBDN3RNSAJD5A2X";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String SUPERVISOR_TOTP = "JBFJQA7Y7XPFL33BIXRUP7J5U4E7KX2U";
  static final String PASSWORD = "pharos-demo-2026";

  /** Each TOTP step is accepted once, so each advisor signs in once for the whole class. */
  static Browser advisor;

  static Browser outsider;

  @LocalServerPort int port;
  @Autowired VisitorChats visitors;
  @Autowired ChatConsole console;
  @Autowired UserDetailsService userDetails;
  @Autowired ChatStartLimit startLimit;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry meters;

  TenancyCheck tenancy;
  UUID apav;

  @BeforeEach
  void setUp() throws Exception {
    tenancy = new TenancyCheck(null, userDetails);
    apav = ((StaffUser) userDetails.loadUserByUsername(ADVISOR)).organisationId();
    tenancy.asUser(
        ADVISOR, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    if (advisor == null || advisor.port != port) {
      advisor = new Browser(port);
      advisor.signIn(ADVISOR, PASSWORD, ADVISOR_TOTP);
    }
  }

  @AfterEach
  void endOpenConversations() {
    tenancy.asUser(
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
  void aVictimAndAnAdvisorTalkOverWebSocketsAndAReconnectGetsExactlyWhatItMissed()
      throws Exception {
    VisitorKey key = start();
    UUID id = key.conversationId();
    Socket victim = visitorSocket(key);
    victim.send("type", "hello", "conversation", id, "after", 0);
    assertThat(victim.await("state").path("state").asString()).isEqualTo("QUEUED");

    victim.send(
        "type", "send", "conversation", id, "clientId", "v-1", "body", "Olá, preciso de ajuda.");
    JsonNode ack = victim.await("ack");
    assertThat(ack.path("seq").asLong()).isEqualTo(1);
    assertThat(ack.path("duplicate").asBoolean()).isFalse();
    assertThat(victim.awaitMessage(1).path("body").asString()).isEqualTo("Olá, preciso de ajuda.");

    tenancy.asUser(ADVISOR, () -> console.accept(id));
    assertThat(victim.await(f -> "ACTIVE".equals(f.path("state").asString()))).isNotNull();
    assertThat(victim.awaitMessage(2).path("sender").asString()).isEqualTo("SYSTEM");

    Socket staff = staffSocket(advisor);
    staff.send("type", "hello", "conversation", id, "after", 0);
    assertThat(staff.await("state").path("state").asString()).isEqualTo("ACTIVE");
    assertThat(staff.awaitMessage(1).path("sender").asString()).isEqualTo("VISITOR");
    staff.awaitMessage(2);

    staff.send(
        "type", "send", "conversation", id, "clientId", "a-1", "body", "Bom dia, estou aqui.");
    assertThat(staff.await("ack").path("seq").asLong()).isEqualTo(3);
    JsonNode reply = victim.awaitMessage(3);
    assertThat(reply.path("sender").asString()).isEqualTo("ADVISOR");
    assertThat(reply.path("body").asString()).isEqualTo("Bom dia, estou aqui.");

    staff.send(
        "type", "note", "conversation", id, "clientId", "n-1", "body", "Calm; ask about children.");
    assertThat(staff.awaitMessage(4).path("sender").asString()).isEqualTo("NOTE");

    // The resend of a message already stored: its first number, marked as a duplicate, shown once.
    victim.send(
        "type", "send", "conversation", id, "clientId", "v-1", "body", "Olá, preciso de ajuda.");
    JsonNode again = victim.await("ack");
    assertThat(again.path("seq").asLong()).isEqualTo(1);
    assertThat(again.path("duplicate").asBoolean()).isTrue();

    victim.send("type", "typing", "conversation", id);
    assertThat(staff.await("typing").path("sender").asString()).isEqualTo("VISITOR");
    staff.send("type", "read", "conversation", id, "seq", 3);
    victim.send("type", "read", "conversation", id, "seq", 3);
    assertThat(staff.await("read").path("seq").asLong()).isEqualTo(3);

    victim.close();
    staff.send("type", "send", "conversation", id, "clientId", "a-2", "body", "Ainda está aí?");
    staff.send(
        "type",
        "send",
        "conversation",
        id,
        "clientId",
        "a-3",
        "body",
        "Pode escrever quando quiser.");
    staff.awaitMessage(6);

    Socket back = visitorSocket(key);
    back.send("type", "hello", "conversation", id, "after", 3);
    assertThat(back.await("state").path("state").asString()).isEqualTo("ACTIVE");
    back.awaitMessage(6);
    back.send("type", "send", "conversation", id, "clientId", "v-2", "body", "Sim, obrigado.");
    assertThat(back.await("ack").path("seq").asLong()).isEqualTo(7);
    back.awaitMessage(7);
    assertThat(back.messageSeqs()).containsExactly(5L, 6L, 7L);

    assertThat(staff.awaitMessage(7).path("body").asString()).isEqualTo("Sim, obrigado.");
    assertThat(staff.messageSeqs()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(victim.seen)
        .filteredOn(f -> "message".equals(f.path("type").asString()))
        .extracting(f -> f.path("seq").asLong())
        .doesNotContain(4L)
        .doesNotHaveDuplicates();
    staff.close();
    back.close();
  }

  @Test
  void eachStageOfAMessagesWayIsTimedAndScrapedWithItsHistogram() throws Exception {
    VisitorKey key = accepted();
    UUID id = key.conversationId();
    Socket victim = visitorSocket(key);
    victim.send("type", "hello", "conversation", id, "after", 0);
    victim.await("state");
    Socket staff = staffSocket(advisor);
    staff.send("type", "hello", "conversation", id, "after", 0);
    long seq = staff.awaitMessage(1).path("seq").asLong();
    double acknowledged = timer("pharos.chat.message.acknowledged").count();
    double stored = timer("pharos.chat.message.stored").count();
    double grouped = meters.get("pharos.chat.group.size").summary().totalAmount();
    double pushed = timer("pharos.chat.signal.pushed").count();

    victim.send("type", "send", "conversation", id, "clientId", "v-1", "body", "Olá.");
    victim.await("ack");
    staff.awaitMessage(seq + 1);
    staff.send("type", "send", "conversation", id, "clientId", "a-1", "body", "Bom dia.");
    staff.await("ack");
    victim.awaitMessage(seq + 2);
    // A refused message is answered, and its answer timed, but nothing is stored.
    victim.send("type", "send", "conversation", id, "clientId", "v-2", "body", "");
    assertThat(victim.await("error").path("clientId").asString()).isEqualTo("v-2");

    assertThat(timer("pharos.chat.message.acknowledged").count() - acknowledged).isEqualTo(3);
    assertThat(timer("pharos.chat.message.stored").count() - stored).isEqualTo(2);
    // Both plain messages went through a group's transaction.
    assertThat(meters.get("pharos.chat.group.size").summary().totalAmount() - grouped).isEqualTo(2);
    // A signal's handling is timed once it has pushed, so the last one may still be finishing.
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(timer("pharos.chat.signal.pushed").count() - pushed)
                    .isGreaterThanOrEqualTo(2));
    String scrape = new Browser(port).get("/actuator/prometheus").body();
    assertThat(scrape)
        .contains("pharos_chat_message_acknowledged_seconds_bucket{")
        .contains("pharos_chat_message_stored_seconds_count")
        .contains("pharos_chat_group_written_seconds_sum")
        .contains("pharos_chat_signal_waited_seconds_bucket{")
        .contains("pharos_chat_group_size_messages_sum");
    victim.close();
    staff.close();
  }

  private Timer timer(String name) {
    return meters.get(name).timer();
  }

  @Test
  void aStaffSocketIsAuditedOnceWhenItFollowsAConversationNotForEveryMessagePushed()
      throws Exception {
    VisitorKey key = accepted();
    UUID id = key.conversationId();
    Socket victim = visitorSocket(key);
    victim.send("type", "hello", "conversation", id, "after", 0);
    victim.await("state");
    long before = reads(id, null);

    Socket staff = staffSocket(advisor);
    staff.send("type", "hello", "conversation", id, "after", 0);
    assertThat(staff.await("state").path("state").asString()).isEqualTo("ACTIVE");
    staff.awaitMessage(1);
    assertThat(reads(id, null)).isEqualTo(before + 1);
    assertThat(reads(id, "followed live")).isEqualTo(1);

    for (int i = 1; i <= 5; i++) {
      victim.send(
          "type", "send", "conversation", id, "clientId", "v-" + i, "body", "Mensagem " + i);
      assertThat(staff.awaitMessage(1 + i).path("body").asString()).isEqualTo("Mensagem " + i);
    }
    staff.send("type", "note", "conversation", id, "clientId", "n-1", "body", "Nota interna.");
    assertThat(staff.awaitMessage(7).path("sender").asString()).isEqualTo("NOTE");
    staff.send("type", "send", "conversation", id, "clientId", "a-1", "body", "Estou aqui.");
    assertThat(victim.awaitMessage(8).path("body").asString()).isEqualTo("Estou aqui.");
    staff.awaitMessage(8);
    // Seven messages pushed to the advisor's socket, one record: the follow.
    assertThat(reads(id, null)).isEqualTo(before + 1);
    assertThat(victim.seen)
        .filteredOn(f -> "message".equals(f.path("type").asString()))
        .extracting(f -> f.path("sender").asString())
        .doesNotContain("NOTE");

    // A second socket (another tab) is a follow of its own: one more record, whatever it is sent.
    Socket other = staffSocket(advisor);
    other.send("type", "hello", "conversation", id, "after", 6);
    other.awaitMessage(8);
    assertThat(reads(id, "followed live")).isEqualTo(2);
    victim.send("type", "send", "conversation", id, "clientId", "v-6", "body", "Obrigada.");
    other.awaitMessage(9);
    staff.awaitMessage(9);
    assertThat(reads(id, "followed live")).isEqualTo(2);
    staff.close();
    other.close();
    victim.close();
  }

  /** The audit trail's reads of the conversation, those with this detail only when one is given. */
  private long reads(UUID conversation, String detail) {
    String sql =
        "select count(*) from audit_event where action = 'data.read'"
            + " and target_type = 'chat.conversation' and target_id = ?";
    return detail == null
        ? jdbc.queryForObject(sql, Long.class, conversation.toString())
        : jdbc.queryForObject(sql + " and detail = ?", Long.class, conversation.toString(), detail);
  }

  @Test
  void theLongPollAnswersWhenAMessageArrivesAndEmptyAfterTheTimeout() throws Exception {
    VisitorKey key = accepted();
    UUID id = key.conversationId();
    Browser victim = visitorBrowser(key);

    JsonNode first = json(victim.get("/chat/live/events?after=0"));
    assertThat(first.get(0).path("type").asString()).isEqualTo("state");
    assertThat(first.get(0).path("state").asString()).isEqualTo("ACTIVE");
    long last = first.get(first.size() - 1).path("seq").asLong();

    CompletableFuture<HttpResponse<String>> waiting =
        victim.http.sendAsync(
            java.net.http.HttpRequest.newBuilder(
                    victim.uri("/chat/live/events?after=" + last + "&state=ACTIVE"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Thread.sleep(300);
    assertThat(waiting).isNotDone();
    tenancy.asUser(ADVISOR, () -> console.send(id, "a-1", "Olá, em que posso ajudar?"));
    JsonNode answered = json(waiting.get(10, TimeUnit.SECONDS));
    assertThat(answered).hasSize(1);
    assertThat(answered.get(0).path("seq").asLong()).isEqualTo(last + 1);
    assertThat(answered.get(0).path("body").asString()).isEqualTo("Olá, em que posso ajudar?");

    HttpResponse<String> idle =
        victim.get("/chat/live/events?after=" + (last + 1) + "&state=ACTIVE");
    assertThat(idle.statusCode()).isEqualTo(200);
    assertThat(json(idle)).isEmpty();

    // Sending over HTTP: the session's CSRF token in the header, the ack in the answer.
    String frame =
        "{\"type\":\"send\",\"conversation\":\""
            + id
            + "\",\"clientId\":\"v-1\",\"body\":\"Obrigada\"}";
    assertThat(victim.postJson("/chat/live/messages", null, frame).statusCode()).isEqualTo(403);
    String csrf = victim.csrf("/login");
    HttpResponse<String> sent = victim.postJson("/chat/live/messages", csrf, frame);
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(json(sent).path("type").asString()).isEqualTo("ack");
    assertThat(json(sent).path("seq").asLong()).isEqualTo(last + 2);
    HttpResponse<String> again = victim.postJson("/chat/live/messages", csrf, frame);
    assertThat(json(again).path("duplicate").asBoolean()).isTrue();

    // Staff poll the same way, in their organisation's scope.
    JsonNode staffEvents =
        json(advisor.get("/app/chat/live/events?conversation=" + id + "&after=" + (last + 1)));
    assertThat(staffEvents)
        .filteredOn(f -> "message".equals(f.path("type").asString()))
        .extracting(f -> f.path("body").asString())
        .containsExactly("Obrigada");
    String staffCsrf = advisor.csrf("/app/account");
    HttpResponse<String> staffSent =
        advisor.postJson(
            "/app/chat/live/messages",
            staffCsrf,
            "{\"type\":\"send\",\"conversation\":\""
                + id
                + "\",\"clientId\":\"a-2\",\"body\":\"De nada.\"}");
    assertThat(json(staffSent).path("seq").asLong()).isEqualTo(last + 3);

    HttpResponse<String> tooLong =
        victim.postJson(
            "/chat/live/messages",
            csrf,
            "{\"type\":\"send\",\"conversation\":\""
                + id
                + "\",\"clientId\":\"v-2\",\"body\":\""
                + "a".repeat(4001)
                + "\"}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(json(tooLong).path("code").asString()).isEqualTo("invalid");
    assertThat(victim.get("/chat/live/events?after=0").statusCode()).isEqualTo(200);
  }

  @Test
  void badFramesOversizeMessagesAndFloodsGetErrorsAndTheSocketStaysUsable() throws Exception {
    VisitorKey key = start();
    UUID id = key.conversationId();
    Socket victim = visitorSocket(key);

    victim.send("this is not json");
    assertThat(victim.await("error").path("code").asString()).isEqualTo("invalid");
    victim.send("{\"type\":\"launch\"}");
    assertThat(victim.await("error").path("code").asString()).isEqualTo("invalid");
    victim.send("{\"type\":\"hello\",\"conversation\":42}");
    assertThat(victim.await("error").path("code").asString()).isEqualTo("invalid");
    victim.send("type", "send", "conversation", id, "clientId", "long", "body", "a".repeat(4001));
    JsonNode tooLong = victim.await("error");
    assertThat(tooLong.path("code").asString()).isEqualTo("invalid");
    assertThat(tooLong.path("clientId").asString()).isEqualTo("long");
    assertThat(tooLong.path("message").asString()).containsPattern("4.?000");
    victim.sync();

    for (int i = 0; i < 25; i++) {
      victim.send("type", "send", "conversation", id, "clientId", "f-" + i, "body", "flood " + i);
    }
    JsonNode limited = victim.await(f -> "rate-limited".equals(f.path("code").asString()));
    assertThat(limited.path("clientId").asString()).startsWith("f-");
    victim.sync();
    // 20 per 10 seconds, the message refused for its length included.
    assertThat(victim.seen).filteredOn(f -> "ack".equals(f.path("type").asString())).hasSize(19);
    assertThat(victim.session.isOpen()).isTrue();
    victim.close();
  }

  @Test
  void signingOutClosesTheStaffSocketsOfThatSessionAndNoOther() throws Exception {
    Browser leaving = new Browser(port);
    leaving.signIn(SUPERVISOR, PASSWORD, SUPERVISOR_TOTP);
    Socket ending = staffSocket(leaving);
    Socket staying = staffSocket(advisor);
    ending.send("type", "ping");
    ending.await("pong");

    leaving.signOut();

    for (int i = 0; i < 100 && ending.closed == null; i++) {
      Thread.sleep(100);
    }
    assertThat(ending.closed.getCode())
        .as("the session ended (policy violation): the console reloads")
        .isEqualTo(1008);
    assertThat(staying.closed).as("another session's socket stays").isNull();
    staying.send("type", "ping");
    staying.await("pong");
    assertThat(leaving.get("/app/chat").statusCode()).as("the session is gone").isEqualTo(302);
    assertThatThrownBy(() -> staffSocket(leaving))
        .as("no new socket without a sign-in")
        .isInstanceOf(java.util.concurrent.ExecutionException.class)
        .hasMessageContaining("401");
    staying.close();
  }

  @Test
  void aHandshakeFromAnotherOriginIsRefused() {
    VisitorKey key = start();
    assertThatThrownBy(
            () -> Socket.open(port, "/chat/live", visitorCookie(key), "https://evil.example"))
        .isInstanceOf(java.util.concurrent.ExecutionException.class)
        .hasMessageContaining("403");
  }

  @Test
  void aVictimCannotFollowAnotherConversation() throws Exception {
    VisitorKey mine = start();
    VisitorKey other = start();
    Socket victim = visitorSocket(mine);
    victim.send("type", "hello", "conversation", other.conversationId(), "after", 0);
    assertThat(victim.await("error").path("code").asString()).isEqualTo("not-found");
    victim.send(
        "type", "send", "conversation", other.conversationId(), "clientId", "x", "body", "hi");
    assertThat(victim.await("error").path("code").asString()).isEqualTo("not-found");
    assertThat(visitors.view(other, 0).messages()).isEmpty();
    victim.close();

    assertThatThrownBy(() -> Socket.open(port, "/chat/live", null, null)).isNotNull();
    assertThatThrownBy(
            () ->
                Socket.open(
                    port, "/chat/live", "pharos-chat=" + mine.conversationId() + ".wrong", null))
        .isNotNull();
  }

  @Test
  void staffOfAnotherOrganisationFindNothing() throws Exception {
    VisitorKey key = start();
    if (outsider == null || outsider.port != port) {
      outsider = new Browser(port);
      outsider.signIn(OUTSIDER, PASSWORD, OUTSIDER_TOTP);
    }
    Socket staff = staffSocket(outsider);
    staff.send("type", "hello", "conversation", key.conversationId(), "after", 0);
    assertThat(staff.await("error").path("code").asString()).isEqualTo("not-found");
    staff.send("type", "note", "conversation", key.conversationId(), "clientId", "n", "body", "hm");
    assertThat(staff.await("error").path("code").asString()).isEqualTo("not-found");
    assertThat(
            outsider
                .get("/app/chat/live/events?conversation=" + key.conversationId() + "&after=0")
                .statusCode())
        .isEqualTo(404);
    staff.close();

    assertThatThrownBy(() -> Socket.open(port, "/app/chat/live", null, null)).isNotNull();
  }

  @Test
  void oneAddressStartsOnlySoManyChats() {
    String address = "198.51.100." + (int) (Math.random() * 200 + 1);
    for (int i = 0; i < 10; i++) {
      assertThat(startLimit.tryStart(address).allowed()).isTrue();
    }
    assertThat(startLimit.tryStart(address).allowed()).isFalse();
  }

  /** A chat started and taken by the advisor. */
  private VisitorKey accepted() {
    VisitorKey key = start();
    tenancy.asUser(ADVISOR, () -> console.accept(key.conversationId()));
    return key;
  }

  private VisitorKey start() {
    return visitors
        .start(new NewChat(apav, "pt", ChatTopic.GENERAL, ChatKind.LIVE, true, "find-help"))
        .key();
  }

  private static String visitorCookie(VisitorKey key) {
    return VisitorCookie.NAME + "=" + key.conversationId() + "." + key.token();
  }

  private Socket visitorSocket(VisitorKey key) throws Exception {
    return Socket.open(port, "/chat/live", visitorCookie(key), null);
  }

  private Socket staffSocket(Browser browser) throws Exception {
    return Socket.open(port, "/app/chat/live", browser.cookieHeader("/app/chat/live"), null);
  }

  private Browser visitorBrowser(VisitorKey key) {
    Browser browser = new Browser(port);
    browser.addCookie(VisitorCookie.NAME, key.conversationId() + "." + key.token(), "/chat");
    return browser;
  }

  private static JsonNode json(HttpResponse<String> response) {
    return LiveClients.JSON.readTree(response.body());
  }
}
