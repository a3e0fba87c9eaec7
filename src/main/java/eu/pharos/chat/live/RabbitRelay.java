package eu.pharos.chat.live;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay of a cluster: every node publishes its signals to the fanout exchange {@value
 * #EXCHANGE} and reads the others' from a queue of its own (exclusive, deleted with the node's
 * connection). Signals carry what happened (see {@link ChatSignal}) and a message only sealed as it
 * is in the database, under keys the broker never has, so the broker never holds victims' words in
 * the clear.
 *
 * <p>A signal reaches the node's own subscribers at once, without a round trip through the broker;
 * the node skips its own signals when they come back from the exchange. Publishing to the broker
 * runs on a thread of its own, in order, so that a slow or unreachable broker never delays an
 * acknowledgement: the message is already stored, and a client that missed a live signal gets the
 * message when it resumes with {@code after}.
 */
public class RabbitRelay implements Relay, MessageListener {

  public static final String PROPERTY = "pharos.chat.relay";
  public static final String MODE = "rabbitmq";
  public static final String EXCHANGE = "pharos.chat";
  static final String NODE_HEADER = "pharos-node";

  private static final Logger log = LoggerFactory.getLogger(RabbitRelay.class);

  private final String node = UUID.randomUUID().toString();
  private final RabbitTemplate template;
  private final JsonMapper json;
  private final List<Consumer<ChatSignal>> subscribers = new CopyOnWriteArrayList<>();
  private final ThreadPoolExecutor publisher;
  private final AtomicLong dropped = new AtomicLong();

  public RabbitRelay(RabbitTemplate template, JsonMapper json) {
    this.template = template;
    this.json = json;
    this.publisher =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(50_000),
            runnable -> {
              Thread thread = new Thread(runnable, "chat-relay-publisher");
              thread.setDaemon(true);
              return thread;
            },
            (runnable, executor) -> {
              if (dropped.getAndIncrement() % 1_000 == 0) {
                log.warn("The chat relay cannot keep up with the broker; signals dropped");
              }
            });
  }

  /** This node's id, as its signals carry it. */
  public String node() {
    return node;
  }

  @Override
  public void publish(ChatSignal signal) {
    deliver(signal);
    byte[] body = json.writeValueAsBytes(signal);
    publisher.execute(() -> send(body));
  }

  @Override
  public void subscribe(Consumer<ChatSignal> subscriber) {
    subscribers.add(subscriber);
  }

  @Override
  public void onMessage(Message message) {
    Object from = message.getMessageProperties().getHeaders().get(NODE_HEADER);
    if (node.equals(String.valueOf(from))) {
      return;
    }
    ChatSignal signal;
    try {
      signal = json.readValue(message.getBody(), ChatSignal.class);
    } catch (RuntimeException e) {
      log.warn("A chat signal from node {} could not be read: {}", from, e.toString());
      return;
    }
    deliver(signal);
  }

  /** Stops publishing after what is already queued, for at most a few seconds. */
  public void close() {
    publisher.shutdown();
    try {
      publisher.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void send(byte[] body) {
    MessageProperties properties = new MessageProperties();
    properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
    properties.setContentEncoding(StandardCharsets.UTF_8.name());
    properties.setDeliveryMode(MessageDeliveryMode.NON_PERSISTENT);
    properties.setHeader(NODE_HEADER, node);
    try {
      template.send(EXCHANGE, "", new Message(body, properties));
    } catch (AmqpException e) {
      log.warn("A chat signal could not be sent to the other nodes: {}", e.toString());
    }
  }

  private void deliver(ChatSignal signal) {
    for (Consumer<ChatSignal> subscriber : subscribers) {
      try {
        subscriber.accept(signal);
      } catch (RuntimeException e) {
        log.warn("A chat relay subscriber failed: {}", e.toString());
      }
    }
  }
}
