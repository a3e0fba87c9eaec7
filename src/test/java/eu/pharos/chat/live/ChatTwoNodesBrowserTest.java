package eu.pharos.chat.live;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.PharosApplication;
import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.web.ChatJourney;
import eu.pharos.test.Browser;
import eu.pharos.test.NeutralSite;
import eu.pharos.test.TenancyCheck;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The chat across two nodes, each person in their own Chromium: two nodes of Pharos on one database
 * relay through the real RabbitMQ at 127.0.0.1:5672; the victim's browser talks to node 1 and the
 * advisor's to node 2, and every message crosses the relay. The victim then takes a return code,
 * leaves with the quick exit, and comes back on node 2 with the code to read the answer written
 * meanwhile.
 *
 * <p>The nodes share an H2 database in this JVM (or the test's PostgreSQL schema) and each has a
 * data directory of its own. Where RabbitMQ is not running the test is skipped, unless browser
 * tests are required (as in CI), when it fails.
 */
@Tag("browser")
class ChatTwoNodesBrowserTest {

  static final String ADVISOR = ChatJourney.ADVISOR;

  static Path root;
  static ConfigurableApplicationContext node1;
  static ConfigurableApplicationContext node2;

  @BeforeAll
  static void startTwoNodes() throws IOException {
    Browser.skipUnlessAvailable();
    rabbitMqRuns();
    root = Files.createTempDirectory("pharos-two-nodes-");
    String database =
        "jdbc:h2:file:"
            + root.resolve("db/pharos")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    // One after the other: the first creates the schema and the demo network, the second finds
    // them.
    node1 = node(database, root.resolve("node-1"));
    node2 = node(database, root.resolve("node-2"));
  }

  @AfterAll
  static void stopNodes() throws IOException {
    for (ConfigurableApplicationContext node :
        new ConfigurableApplicationContext[] {node2, node1}) {
      if (node != null && node.isActive()) {
        node.close();
      }
    }
    if (root != null) {
      try (var files = Files.walk(root)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static ConfigurableApplicationContext node(String database, Path dataDir) {
    // Arguments, not default properties: those would lose against application.yml.
    return new SpringApplicationBuilder(PharosApplication.class)
        // The neutral page the quick exit leads to, by the name @Import would give it.
        .initializers(
            context ->
                ((org.springframework.beans.factory.support.BeanDefinitionRegistry)
                        context.getBeanFactory())
                    .registerBeanDefinition(
                        NeutralSite.class.getName(),
                        new org.springframework.beans.factory.support.RootBeanDefinition(
                            NeutralSite.class)))
        .run(
            "--server.port=0",
            "--pharos.data-dir=" + dataDir,
            "--spring.datasource.url=" + database,
            "--pharos.chat.relay=rabbitmq",
            "--spring.rabbitmq.host=127.0.0.1",
            "--spring.rabbitmq.port=5672",
            "--spring.rabbitmq.username=guest",
            "--spring.rabbitmq.password=guest",
            "--pharos.quick-exit.url=" + NeutralSite.PATH,
            "--pharos.security.login.attempts-per-minute=120");
  }

  private static void rabbitMqRuns() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 5672), 2_000);
    } catch (IOException e) {
      String reason = "RabbitMQ is not running at 127.0.0.1:5672: " + e.getMessage();
      if (Boolean.getBoolean("pharos.browser.required")) {
        Assertions.fail(reason);
      }
      Assumptions.abort("Skipped: " + reason);
    }
  }

  private static int port(ConfigurableApplicationContext node) {
    return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  @Test
  void aVictimOnOneNodeAndAnAdvisorOnTheOtherTalkAndTheVictimComesBackOnTheOther()
      throws Exception {
    assertThat(node1.getBean(Relay.class)).isInstanceOf(RabbitRelay.class);
    assertThat(node2.getBean(Relay.class)).isInstanceOf(RabbitRelay.class);
    TenancyCheck onNode2 = new TenancyCheck(null, node2.getBean(UserDetailsService.class));
    ChatConsole console = node2.getBean(ChatConsole.class);
    onNode2.asUser(
        ADVISOR, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    UUID apav =
        ((eu.pharos.shared.StaffUser)
                node2.getBean(UserDetailsService.class).loadUserByUsername(ADVISOR))
            .organisationId();

    try (Browser victim = Browser.startOn(port(node1));
        Browser advisor = Browser.startOn(port(node2))) {
      // The victim starts a chat in Portuguese on node 1; the advisor takes it on node 2.
      UUID id = ChatJourney.startInPortuguese(victim, apav);
      ChatJourney.signInAndTake(advisor, id);
      // The queue's change and the advisor's joining reach the victim on node 1 by the relay.
      ChatJourney.advisorJoins(victim);

      // Both ways, live, through RabbitMQ.
      ChatJourney.victimWrites(victim, advisor, "Olá, preciso de ajuda.");
      ChatJourney.answerLive(advisor, victim, "Estou aqui. Conte-me o que aconteceu.");
      victim.screenshot("chat-two-nodes-victim");

      // The victim takes a return code on node 1 and leaves.
      String code = ChatJourney.takeCodeAndLeave(victim);
      ChatJourney.answer(advisor, "Volte quando puder: a resposta fica aqui.");

      // Later, on node 2, the code opens the conversation with the answer written meanwhile.
      try (Browser later = Browser.startOn(port(node2))) {
        ChatJourney.comeBack(later, code);
        later.waitUntil(d -> later.find("#chat-log").getText().contains("a resposta fica aqui"));
        assertThat(later.find("#chat-log").getText())
            .containsSubsequence(
                "Olá, preciso de ajuda.",
                "Conte-me o que aconteceu.",
                "Volte quando puder: a resposta fica aqui.");
        ChatJourney.onSocket(later);
        ChatJourney.victimWrites(later, advisor, "Obrigada, já li.");
        later.screenshot("chat-two-nodes-returned");
      }
    }
  }
}
