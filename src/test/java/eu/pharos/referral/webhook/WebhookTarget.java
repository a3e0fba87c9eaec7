package eu.pharos.referral.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A member's case system for tests: a real HTTP server on 127.0.0.1 that keeps every request and
 * answers with the statuses it is told, in order (then 200); {@link #HANG} answers nothing until
 * the test ends.
 */
public final class WebhookTarget implements AutoCloseable {

  public static final int HANG = -1;

  /** One request as received. */
  public record Received(Map<String, List<String>> headers, String body) {

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);

  private WebhookTarget() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
          Integer answer = answers.poll();
          int status = answer == null ? 200 : answer;
          if (status == HANG) {
            try {
              released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  public static WebhookTarget start() {
    try {
      return new WebhookTarget();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the test webhook server", e);
    }
  }

  /** Answers the next requests with these statuses, in order; 200 after them. */
  public WebhookTarget answering(int... statuses) {
    for (int status : statuses) {
      answers.add(status);
    }
    return this;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
  }
}
