package eu.pharos.chat.live;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.PharosApplication;
import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.NewChat;
import eu.pharos.chat.StartedChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import eu.pharos.shared.StaffUser;
import eu.pharos.test.SecondFactorCodes;
import eu.pharos.test.TenancyCheck;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes of Pharos on one PostgreSQL schema, relaying through the real RabbitMQ at
 * 127.0.0.1:5672: a victim on node 1 and an advisor on node 2 talk both ways over the WebSockets;
 * then node 1 stops, and the victim reconnects to node 2 with the highest number it has and gets
 * what was said meanwhile. PostgreSQL only (-Ppostgres): on H2 each context would have a database
 * of its own instead of a shared one.
 */
@EnabledIf("eu.pharos.test.TestDatabase#usePostgres")
class ChatClusterTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String PASSWORD = "pharos-demo-2026";
  static final String ADVISOR_TOTP = "TTUUUJNZGEIVMASPCDODWI6CCN54UMFA";
  static final Duration WAIT = Duration.ofSeconds(20);

  static final JsonMapper JSON = JsonMapper.builder().build();

  static ConfigurableApplicationContext node1;
  static ConfigurableApplicationContext node2;

  @BeforeAll
  static void startTwoNodes() {
    // One after the other: the first creates the schema and the demo network, the second finds
    // them.
    node1 = node();
    node2 = node();
  }

  @AfterAll
  static void stopNodes() {
    for (ConfigurableApplicationContext node :
        new ConfigurableApplicationContext[] {node1, node2}) {
      if (node != null && node.isActive()) {
        node.close();
      }
    }
  }

  static ConfigurableApplicationContext node() {
    // Arguments, not default properties: those would lose against application.yml.
    return new SpringApplicationBuilder(PharosApplication.class)
        .run(
            "--server.port=0",
            "--pharos.chat.relay=rabbitmq",
            "--spring.rabbitmq.host=127.0.0.1",
            "--spring.rabbitmq.port=5672",
            "--spring.rabbitmq.username=guest",
            "--spring.rabbitmq.password=guest");
  }

  @Test
  void aVictimAndAnAdvisorOnTwoNodesTalkAndTheVictimResumesOnTheOtherNode() throws Exception {
    assertThat(node1.getBean(Relay.class)).isInstanceOf(RabbitRelay.class);
    assertThat(node2.getBean(Relay.class)).isInstanceOf(RabbitRelay.class);
    String base1 = baseUrl(node1);
    String base2 = baseUrl(node2);

    // The victim starts on node 1; the advisor takes the conversation on node 2.
    TenancyCheck onNode2 = new TenancyCheck(null, node2.getBean(UserDetailsService.class));
    ChatConsole console = node2.getBean(ChatConsole.class);
    UUID apav =
        ((StaffUser) node2.getBean(UserDetailsService.class).loadUserByUsername(ADVISOR))
            .organisationId();
    onNode2.asUser(
        ADVISOR, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    StartedChat started =
        node1
            .getBean(VisitorChats.class)
            .start(new NewChat(apav, "pt", ChatTopic.GENERAL, ChatKind.LIVE, true, "find-help"));
    VisitorKey key = started.key();
    UUID conversation = key.conversationId();
    onNode2.asUser(ADVISOR, () -> console.accept(conversation));

    String visitorCookie = VisitorCookie.NAME + "=" + conversation + "." + key.token();
    String staffCookie = signIn(base2);

    Client visitor = Client.connect(base1, "/chat/live", visitorCookie);
    Client advisor = Client.connect(base2, "/app/chat/live", staffCookie);
    visitor.send(hello(conversation, 0));
    advisor.send(hello(conversation, 0));
    JsonNode state = visitor.await(f -> type(f, "state"));
    assertThat(state.get("state").asString()).isEqualTo("ACTIVE");
    // "An advisor has joined", written when it was taken.
    visitor.await(f -> type(f, "message") && f.get("sender").asString().equals("SYSTEM"));
    advisor.await(f -> type(f, "state"));

    // Victim (node 1) to advisor (node 2).
    visitor.send(send(conversation, "v-1", "Olá, preciso de ajuda."));
    JsonNode ack = visitor.await(f -> type(f, "ack") && "v-1".equals(text(f, "clientId")));
    long victimSeq = ack.get("seq").asLong();
    JsonNode atAdvisor =
        advisor.await(f -> type(f, "message") && f.get("seq").asLong() == victimSeq);
    assertThat(atAdvisor.get("sender").asString()).isEqualTo("VISITOR");
    assertThat(atAdvisor.get("body").asString()).isEqualTo("Olá, preciso de ajuda.");
    assertThat(atAdvisor.get("conversation").asString()).isEqualTo(conversation.toString());

    // Advisor (node 2) to victim (node 1).
    advisor.send(send(conversation, "a-1", "Bom dia, estou aqui."));
    long advisorSeq =
        advisor.await(f -> type(f, "ack") && "a-1".equals(text(f, "clientId"))).get("seq").asLong();
    assertThat(advisorSeq).isGreaterThan(victimSeq);
    JsonNode atVictim =
        visitor.await(f -> type(f, "message") && f.get("seq").asLong() == advisorSeq);
    assertThat(atVictim.get("sender").asString()).isEqualTo("ADVISOR");
    assertThat(atVictim.get("body").asString()).isEqualTo("Bom dia, estou aqui.");
    long victimHas = advisorSeq;

    // Node 1 stops; the advisor goes on writing while the victim has no connection.
    node1.close();
    visitor.awaitClosed();
    List<Long> meanwhile = new ArrayList<>();
    for (int i = 2; i <= 4; i++) {
      String clientId = "a-" + i;
      advisor.send(send(conversation, clientId, "Mensagem " + i));
      meanwhile.add(
          advisor
              .await(f -> type(f, "ack") && clientId.equals(text(f, "clientId")))
              .get("seq")
              .asLong());
    }

    // The victim comes back on node 2 with the number it has, and gets exactly the rest.
    Client resumed = Client.connect(base2, "/chat/live", visitorCookie);
    resumed.send(hello(conversation, victimHas));
    List<JsonNode> missed = new ArrayList<>();
    for (int i = 0; i < meanwhile.size(); i++) {
      missed.add(resumed.await(f -> type(f, "message")));
    }
    assertThat(missed).extracting(f -> f.get("seq").asLong()).containsExactlyElementsOf(meanwhile);
    assertThat(missed)
        .extracting(f -> f.get("body").asString())
        .containsExactly("Mensagem 2", "Mensagem 3", "Mensagem 4");

    // And the conversation goes on live on the node that is left, both ways.
    resumed.send(send(conversation, "v-2", "Obrigada."));
    long lastSeq =
        resumed.await(f -> type(f, "ack") && "v-2".equals(text(f, "clientId"))).get("seq").asLong();
    assertThat(lastSeq).isEqualTo(meanwhile.get(meanwhile.size() - 1) + 1);
    assertThat(
            advisor
                .await(f -> type(f, "message") && f.get("seq").asLong() == lastSeq)
                .get("body")
                .asString())
        .isEqualTo("Obrigada.");
    assertThat(
            node2
                .getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject(
                    "select count(*) from chat_message where conversation_id = ? and client_id"
                        + " in ('v-1', 'v-2', 'a-1', 'a-2', 'a-3', 'a-4')",
                    Long.class,
                    conversation))
        .isEqualTo(6);
    resumed.close();
    advisor.close();
  }

  // --- HTTP and WebSocket clients ----------------------------------------------------------

  static String baseUrl(ConfigurableApplicationContext node) {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
  }

  /** Signs the advisor in through the real forms (password, then TOTP); returns the cookie. */
  static String signIn(String base) throws Exception {
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> login = get(http, base + "/login");
    HttpResponse<String> afterPassword =
        post(
            http,
            base + "/login",
            Map.of("email", ADVISOR, "password", PASSWORD, "_csrf", csrf(login.body())));
    assertThat(afterPassword.statusCode()).isEqualTo(302);
    String secondFactor = URI.create(base).resolve(location(afterPassword)).toString();
    HttpResponse<String> codePage = get(http, secondFactor);
    HttpResponse<String> signedIn =
        post(
            http,
            secondFactor,
            Map.of("code", SecondFactorCodes.next(ADVISOR_TOTP), "_csrf", csrf(codePage.body())));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(location(signedIn)).doesNotContain("/login");
    return cookies.getCookieStore().get(URI.create(base)).stream()
        .map(HttpCookie::toString)
        .collect(Collectors.joining("; "));
  }

  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  static String csrf(String page) {
    Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("CSRF field").isTrue();
    return m.group(1);
  }

  static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(HttpClient http, String url, Map<String, String> form)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String hello(UUID conversation, long after) {
    return JSON.writeValueAsString(
        Map.of("type", "hello", "conversation", conversation.toString(), "after", after));
  }

  static String send(UUID conversation, String clientId, String body) {
    return JSON.writeValueAsString(
        Map.of(
            "type",
            "send",
            "conversation",
            conversation.toString(),
            "clientId",
            clientId,
            "body",
            body));
  }

  static boolean type(JsonNode frame, String type) {
    return type.equals(text(frame, "type"));
  }

  static String text(JsonNode frame, String field) {
    JsonNode value = frame.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  /** A WebSocket client that keeps every frame it gets, in order. */
  static final class Client implements WebSocket.Listener {
    final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    final StringBuilder partial = new StringBuilder();
    final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    WebSocket socket;

    static Client connect(String base, String path, String cookie) throws Exception {
      Client client = new Client();
      client.socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .header("Origin", base)
              .header("Cookie", cookie)
              .buildAsync(URI.create(base.replaceFirst("^http", "ws") + path), client)
              .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      return client;
    }

    void send(String frame) throws Exception {
      socket.sendText(frame, true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The next frame that matches, skipping the others; fails after a while. */
    JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
      long until = System.nanoTime() + WAIT.toNanos();
      List<JsonNode> skipped = new ArrayList<>();
      while (System.nanoTime() < until) {
        JsonNode frame = frames.poll(100, TimeUnit.MILLISECONDS);
        if (frame == null) {
          continue;
        }
        if (wanted.test(frame)) {
          return frame;
        }
        skipped.add(frame);
      }
      throw new AssertionError("no such frame within " + WAIT + "; got " + skipped);
    }

    void awaitClosed() throws InterruptedException {
      assertThat(closed.await(WAIT.toSeconds(), TimeUnit.SECONDS))
          .as("the connection to the stopped node closes")
          .isTrue();
    }

    void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        frames.add(JSON.readTree(partial.toString()));
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.countDown();
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.countDown();
    }
  }
}
