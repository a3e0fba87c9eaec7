package eu.pharos.chat.live;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the messages a member of staff sends, one conversation after another in the order they came
 * and different conversations side by side. A staff socket carries every conversation its advisor
 * or supervisor follows, and each message waits for its durable commit before it is acknowledged:
 * handled one after the other on the socket's own thread, one busy conversation would hold back all
 * the others.
 *
 * <p>Virtual threads where the JVM has them (21+); otherwise a fixed pool. A message of a live chat
 * waits for its group's commit without holding a connection (see the conversation's message
 * groups), so the pool is sized for the messages that wait at once, not for the connection pool: a
 * thousand staff messages a second that each wait ten milliseconds keep ten threads busy, and a
 * slow flush of the database many more.
 */
@Component
class Lanes implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(Lanes.class);

  static final int PLATFORM_THREADS = 64;

  private final ExecutorService executor = executor();
  private final Map<UUID, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  /** Runs the work after all work given before for the same conversation. */
  void run(UUID conversation, Runnable work) {
    Runnable safe =
        () -> {
          try {
            work.run();
          } catch (RuntimeException e) {
            log.warn("A chat frame failed", e);
          }
        };
    @SuppressWarnings("unchecked")
    CompletableFuture<Void>[] next = new CompletableFuture[1];
    tails.compute(
        conversation,
        (id, tail) ->
            next[0] =
                tail == null
                    ? CompletableFuture.runAsync(safe, executor)
                    : tail.thenRunAsync(safe, executor));
    next[0].whenComplete((done, failed) -> tails.remove(conversation, next[0]));
  }

  /** Conversations with work waiting or running; for tests. */
  int busy() {
    return tails.size();
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }

  private static ExecutorService executor() {
    if (Runtime.version().feature() >= 21) {
      try {
        return (ExecutorService)
            Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
      } catch (ReflectiveOperationException e) {
        log.warn("Virtual threads are not available; chat messages use a fixed pool", e);
      }
    }
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads =
        runnable -> {
          Thread thread = new Thread(runnable, "chat-send-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    return Executors.newFixedThreadPool(PLATFORM_THREADS, threads);
  }
}
