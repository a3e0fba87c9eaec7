package eu.pharos.chat.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The relay of a single node: a signal reaches this node's subscribers, on the publishing thread
 * and in the order published. A subscriber that fails does not keep the others from their signal.
 */
@Component
@ConditionalOnProperty(
    name = "pharos.chat.relay",
    havingValue = "in-process",
    matchIfMissing = true)
class InProcessRelay implements Relay {

  private static final Logger log = LoggerFactory.getLogger(InProcessRelay.class);

  private final List<Consumer<ChatSignal>> subscribers = new CopyOnWriteArrayList<>();

  @Override
  public void publish(ChatSignal signal) {
    for (Consumer<ChatSignal> subscriber : subscribers) {
      try {
        subscriber.accept(signal);
      } catch (RuntimeException e) {
        log.warn("A chat subscriber failed on a {} signal", signal.kind(), e);
      }
    }
  }

  @Override
  public void subscribe(Consumer<ChatSignal> subscriber) {
    subscribers.add(subscriber);
  }
}
