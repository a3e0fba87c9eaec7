package eu.pharos.chat.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ShutdownSignalException;
import eu.pharos.chat.live.ChatSignal.Side;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two relays, as two nodes would have them, through the real RabbitMQ at 127.0.0.1:5672: each
 * node's subscribers get every signal once, their own at once and the other node's through the
 * exchange, in the order it was published.
 */
class ChatRabbitRelayTest {

  private final List<Runnable> cleanup = new ArrayList<>();

  @AfterEach
  void stopNodes() {
    for (int i = cleanup.size() - 1; i >= 0; i--) {
      cleanup.get(i).run();
    }
  }

  @Test
  void everyNodeGetsEverySignalOnceAndInOrder() throws Exception {
    Node one = node();
    Node two = node();
    UUID conversation = UUID.randomUUID();
    UUID organisation = UUID.randomUUID();

    for (int seq = 1; seq <= 50; seq++) {
      one.relay.publish(ChatSignal.message(conversation, organisation, seq, Side.VISITOR));
    }
    two.relay.publish(ChatSignal.typing(conversation, organisation, Side.STAFF));

    List<ChatSignal> atOne = one.take(51);
    List<ChatSignal> atTwo = two.take(51);
    assertThat(atOne.subList(0, 50))
        .extracting(ChatSignal::seq)
        .containsExactlyElementsOf(range(1, 50));
    assertThat(atOne.get(50)).isEqualTo(ChatSignal.typing(conversation, organisation, Side.STAFF));
    assertThat(atTwo)
        .filteredOn(signal -> signal.kind() == ChatSignal.Kind.MESSAGE)
        .extracting(ChatSignal::seq)
        .containsExactlyElementsOf(range(1, 50));
    assertThat(atTwo).contains(ChatSignal.typing(conversation, organisation, Side.STAFF));
    assertThat(atTwo).contains(ChatSignal.message(conversation, organisation, 7, Side.VISITOR));
    // Nothing comes twice: a node skips its own signals when the exchange hands them back.
    assertThat(one.signals.poll(500, TimeUnit.MILLISECONDS)).isNull();
    assertThat(two.signals.poll(0, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void aNodesQueueGoesWithItsConnection() throws Exception {
    Node one = node();
    Node two = node();
    String queue = two.queue.getName();
    // Another connection may not use an exclusive queue (405) until it is gone (404).
    assertThat(declarePassive(one, queue)).isEqualTo(405);

    two.stop();

    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (declarePassive(one, queue) != 404 && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    assertThat(declarePassive(one, queue)).isEqualTo(404);
    Node three = node();
    UUID organisation = UUID.randomUUID();
    one.relay.publish(ChatSignal.queue(organisation));
    assertThat(one.take(1)).containsExactly(ChatSignal.queue(organisation));
    assertThat(three.take(1)).containsExactly(ChatSignal.queue(organisation));
  }

  /** The reply code of a passive declaration of the queue, 200 when it is there for anyone. */
  private static int declarePassive(Node node, String queue) throws Exception {
    try (Connection connection = node.connections.createConnection();
        Channel channel = connection.createChannel(false)) {
      channel.queueDeclarePassive(queue);
      return 200;
    } catch (IOException e) {
      if (e.getCause() instanceof ShutdownSignalException signal
          && signal.getReason() instanceof AMQP.Channel.Close close) {
        return close.getReplyCode();
      }
      throw e;
    } catch (AmqpException e) {
      if (e.getCause() instanceof IOException io
          && io.getCause() instanceof ShutdownSignalException signal
          && signal.getReason() instanceof AMQP.Channel.Close close) {
        return close.getReplyCode();
      }
      throw e;
    }
  }

  private static List<Long> range(long from, long to) {
    List<Long> values = new ArrayList<>();
    for (long i = from; i <= to; i++) {
      values.add(i);
    }
    return values;
  }

  /** What RabbitRelayConfiguration makes on a node, without the rest of the application. */
  private Node node() {
    CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", 5672);
    connections.setUsername("guest");
    connections.setPassword("guest");
    RabbitAdmin admin = new RabbitAdmin(connections);
    FanoutExchange exchange = new FanoutExchange(RabbitRelay.EXCHANGE, true, false);
    Queue queue = RabbitRelayConfiguration.nodeQueue();
    admin.declareExchange(exchange);
    admin.declareQueue(queue);
    admin.declareBinding(BindingBuilder.bind(queue).to(exchange));
    RabbitRelay relay =
        new RabbitRelay(new RabbitTemplate(connections), JsonMapper.builder().build());
    SimpleMessageListenerContainer container =
        new RabbitRelayConfiguration().chatRelayListener(connections, queue, relay);
    container.afterPropertiesSet();
    container.start();
    Node node = new Node(connections, queue, relay, container);
    relay.subscribe(node.signals::add);
    cleanup.add(node::stop);
    return node;
  }

  private record Node(
      CachingConnectionFactory connections,
      Queue queue,
      RabbitRelay relay,
      SimpleMessageListenerContainer container,
      BlockingQueue<ChatSignal> signals) {

    Node(
        CachingConnectionFactory connections,
        Queue queue,
        RabbitRelay relay,
        SimpleMessageListenerContainer container) {
      this(connections, queue, relay, container, new LinkedBlockingQueue<>());
    }

    List<ChatSignal> take(int count) throws InterruptedException {
      List<ChatSignal> taken = new ArrayList<>();
      while (taken.size() < count) {
        ChatSignal signal = signals.poll(10, TimeUnit.SECONDS);
        assertThat(signal).as("signal %d of %d", taken.size() + 1, count).isNotNull();
        taken.add(signal);
      }
      return taken;
    }

    void stop() {
      relay.close();
      container.stop();
      connections.destroy();
    }
  }
}
