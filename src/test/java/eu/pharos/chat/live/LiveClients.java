package eu.pharos.chat.live;

import eu.pharos.test.SecondFactorCodes;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Clients of a Pharos on a real port: a browser's cookies over HTTP, and WebSockets. */
final class LiveClients {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private LiveClients() {}

  /** A browser: keeps cookies, follows no redirect by itself. */
  static final class Browser {
    final int port;
    final CookieManager cookies = new CookieManager();
    final HttpClient http;

    Browser(int port) {
      this.port = port;
      this.http =
          HttpClient.newBuilder()
              .cookieHandler(cookies)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
    }

    URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    void addCookie(String name, String value, String path) {
      HttpCookie cookie = new HttpCookie(name, value);
      cookie.setPath(path);
      cookie.setVersion(0);
      cookies.getCookieStore().add(uri("/"), cookie);
    }

    /** The Cookie header this browser sends to a path, for a WebSocket handshake. */
    String cookieHeader(String path) throws IOException {
      return String.join(
          "; ", cookies.get(uri(path), java.util.Map.of()).getOrDefault("Cookie", List.of()));
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, String... pairs) throws Exception {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < pairs.length; i += 2) {
        parts.add(pairs[i] + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
      }
      return http.send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts)))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String csrf, String json) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json));
      if (csrf != null) {
        request.header("X-CSRF-TOKEN", csrf);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of this browser's session, from a page with a form. */
    String csrf(String page) throws Exception {
      Matcher m = CSRF.matcher(get(page).body());
      if (!m.find()) {
        throw new AssertionError("no CSRF token on " + page);
      }
      return m.group(1);
    }

    /** Signs in with password and TOTP code, taking the next step when one was used already. */
    void signIn(String email, String password, String totpSecret) throws Exception {
      postForm("/login", "email", email, "password", password, "_csrf", csrf("/login"));
      String code = SecondFactorCodes.next(totpSecret);
      postForm("/login/second-factor", "code", code, "_csrf", csrf("/login/second-factor"));
      if (get("/app").statusCode() != 200) {
        throw new AssertionError("could not sign in " + email);
      }
    }

    /** Signs out as the page's button does. */
    void signOut() throws Exception {
      postForm("/logout", "_csrf", csrf("/app"));
    }
  }

  /** A WebSocket that keeps every frame it receives, in order. */
  static final class Socket extends TextWebSocketHandler {
    final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    final List<JsonNode> seen = new ArrayList<>();
    private final List<JsonNode> unclaimed = new ArrayList<>();
    WebSocketSession session;
    volatile CloseStatus closed;

    static Socket open(int port, String path, String cookie, String origin) throws Exception {
      Socket socket = new Socket();
      WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
      if (cookie != null && !cookie.isEmpty()) {
        headers.add("Cookie", cookie);
      }
      headers.setOrigin(origin == null ? "http://localhost:" + port : origin);
      socket.session =
          new StandardWebSocketClient()
              .execute(socket, headers, URI.create("ws://localhost:" + port + path))
              .get(10, TimeUnit.SECONDS);
      return socket;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
      received.add(JSON.readTree(message.getPayload()));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
      closed = status;
    }

    void send(String json) throws IOException {
      session.sendMessage(new TextMessage(json));
    }

    void send(Object... pairs) throws IOException {
      var node = JSON.createObjectNode();
      for (int i = 0; i < pairs.length; i += 2) {
        Object value = pairs[i + 1];
        if (value instanceof Number n) {
          node.put((String) pairs[i], n.longValue());
        } else {
          node.put((String) pairs[i], String.valueOf(value));
        }
      }
      send(JSON.writeValueAsString(node));
    }

    /** The next frame that matches, waiting up to ten seconds; frames before it are kept. */
    JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
      for (JsonNode earlier : unclaimed) {
        if (wanted.test(earlier)) {
          unclaimed.remove(earlier);
          return earlier;
        }
      }
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < until) {
        JsonNode next = received.poll(100, TimeUnit.MILLISECONDS);
        if (next != null) {
          seen.add(next);
          if (wanted.test(next)) {
            return next;
          }
          unclaimed.add(next);
        }
      }
      throw new AssertionError("no such frame; seen: " + seen);
    }

    JsonNode await(String type) throws InterruptedException {
      return await(f -> type.equals(f.path("type").asString()));
    }

    JsonNode awaitMessage(long seq) throws InterruptedException {
      return await(
          f -> "message".equals(f.path("type").asString()) && f.path("seq").asLong() == seq);
    }

    /** Waits for a pong, so that everything sent before the ping has been answered. */
    void sync() throws Exception {
      send("{\"type\":\"ping\"}");
      await("pong");
    }

    /** Message numbers received so far, after a sync. */
    List<Long> messageSeqs() throws Exception {
      sync();
      return seen.stream()
          .filter(f -> "message".equals(f.path("type").asString()))
          .map(f -> f.path("seq").asLong())
          .collect(Collectors.toList());
    }

    void close() throws IOException {
      session.close();
    }
  }
}
