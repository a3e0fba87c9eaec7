package eu.pharos.knowledge.search.opensearch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real single-node OpenSearch 2.19 for the tests of the search's cluster-mode backend, started
 * once per test JVM in a JVM of its own (OpenSearch brings its own Lucene, Jackson, Netty and
 * Log4j, which must not meet Pharos's) and stopped when the test JVM ends.
 *
 * <p>The node's launcher and jars come from {@code target/opensearch/lib}, which the Maven profile
 * {@code opensearch} builds (see src/test/opensearch); the system property {@code
 * pharos.opensearch.home} names that folder. Each run gets a fresh data folder beside it.
 */
public final class OpenSearchNode implements BeforeAllCallback {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private static String address;
  private static Process process;
  private static OutputStream stdin;
  private static Path dataDir;

  @Override
  public void beforeAll(ExtensionContext context) {
    address();
  }

  /** {@code host:port} of the node's HTTP layer, starting the node on first use. */
  public static synchronized String address() {
    if (address == null) {
      address = start();
    }
    return address;
  }

  /**
   * Points Pharos at the node as an operator would, through {@code pharos.search.*}: the
   * Elasticsearch backend, the node's address, plain HTTP, OpenSearch 2.19.
   */
  public static void configure(DynamicPropertyRegistry registry) {
    registry.add("pharos.search.backend", () -> "elasticsearch");
    registry.add("pharos.search.hosts", OpenSearchNode::address);
    registry.add("pharos.search.protocol", () -> "http");
    registry.add("pharos.search.version", () -> "opensearch:2.19");
  }

  public static String url(String path) {
    return "http://" + address() + path;
  }

  private static String start() {
    Path home = Path.of(System.getProperty("pharos.opensearch.home", "target/opensearch"));
    Path lib = home.resolve("lib");
    if (!Files.isRegularFile(lib.resolve("pharos-opensearch-node.jar"))) {
      throw new IllegalStateException(
          "No OpenSearch node in "
              + lib.toAbsolutePath()
              + ": run the tests tagged opensearch with ./mvnw test -Popensearch");
    }
    try {
      dataDir = Files.createTempDirectory(home.toAbsolutePath(), "node-");
      Path log = dataDir.resolve("node.log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      process =
          new ProcessBuilder(
                  List.of(
                      java,
                      "-Xms256m",
                      "-Xmx512m",
                      "-XX:+UseSerialGC",
                      "-Dlog4j2.disable.jmx=true",
                      "-Djava.awt.headless=true",
                      "-Dfile.encoding=UTF-8",
                      "-cp",
                      lib.toAbsolutePath() + "/*",
                      "eu.pharos.opensearchnode.SingleNode",
                      dataDir.toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      // The node stops when its standard input closes: when this JVM ends, however it ends.
      stdin = process.getOutputStream();
      Runtime.getRuntime().addShutdownHook(new Thread(OpenSearchNode::stop, "opensearch-stop"));

      long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
      Path addressFile = dataDir.resolve("http.address");
      while (!Files.exists(addressFile)) {
        if (!process.isAlive()) {
          throw failed("the OpenSearch node exited with " + process.exitValue(), log);
        }
        if (System.nanoTime() > deadline) {
          throw failed("the OpenSearch node did not start within " + START_TIMEOUT, log);
        }
        Thread.sleep(200);
      }
      String started = Files.readString(addressFile).trim();
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://"
                                  + started
                                  + "/_cluster/health?wait_for_status=yellow&timeout=60s"))
                      .timeout(Duration.ofSeconds(70))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (health.statusCode() != 200 || health.body().contains("\"timed_out\":true")) {
        throw failed("the OpenSearch node is not healthy: " + health.body(), log);
      }
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static IllegalStateException failed(String what, Path log) {
    String tail;
    try {
      List<String> lines = Files.readAllLines(log);
      tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      tail = "(no log: " + e + ")";
    }
    stop();
    return new IllegalStateException(what + "; the node's log ends with:\n" + tail);
  }

  private static synchronized void stop() {
    if (process == null) {
      return;
    }
    try {
      stdin.close();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (IOException | InterruptedException e) {
      process.destroyForcibly();
    } finally {
      process = null;
      deleteQuietly(dataDir);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover folder under target/ does no harm
    }
  }
}
