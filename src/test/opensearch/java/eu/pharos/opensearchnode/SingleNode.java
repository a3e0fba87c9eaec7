package eu.pharos.opensearchnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * Starts one OpenSearch node in this JVM, for tests: a single-node cluster on 127.0.0.1 with the
 * HTTP layer (Netty), the common analysis plugin and the reindex module (delete by query), its data under the folder given as the first
 * argument. Ports are chosen by the system; once the node is up, its HTTP address is written to
 * {@code <folder>/http.address}. The node stops when standard input closes, which happens when the
 * process that started it ends, however it ends.
 */
public final class SingleNode {

  private SingleNode() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(home.resolve("config"));
    Settings settings =
        Settings.builder()
            .put("cluster.name", "pharos-test")
            .put("node.name", "pharos-test-node")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", "0")
            .put("transport.port", "0")
            .put("discovery.type", "single-node")
            // A test machine's disk may be fuller than production thresholds allow.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
    LogConfigurator.registerErrorListener();
    LogConfigurator.setNodeName("pharos-test-node");
    LogConfigurator.configureWithoutConfig(settings);
    Environment environment =
        InternalSettingsPreparer.prepareEnvironment(
            settings, Map.of(), home.resolve("config"), () -> "pharos-test-node");
    Node node = new ClasspathPluginsNode(environment);
    node.start();

    String address =
        node.injector()
            .getInstance(HttpServerTransport.class)
            .boundAddress()
            .publishAddress()
            .toString();
    Path written = home.resolve("http.address.tmp");
    Files.writeString(written, address, StandardCharsets.UTF_8);
    Files.move(written, home.resolve("http.address"), StandardCopyOption.ATOMIC_MOVE);
    System.out.println("OpenSearch node listening on http://" + address);

    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node)));
    while (System.in.read() != -1) {
      // nothing to read: waits until the starting process closes our standard input
    }
    System.exit(0);
  }

  private static void stop(Node node) {
    try {
      node.close();
      node.awaitClose(20, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      System.err.println("OpenSearch node did not stop cleanly: " + e);
    }
  }

  /** Node's constructor that takes plugins from the class path is protected, for such uses. */
  private static final class ClasspathPluginsNode extends Node {
    ClasspathPluginsNode(Environment environment) {
      super(
          environment,
          List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class),
          true);
    }
  }
}
