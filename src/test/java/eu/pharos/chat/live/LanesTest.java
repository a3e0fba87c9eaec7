package eu.pharos.chat.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A staff socket's messages: in order within a conversation, side by side across them. */
class LanesTest {

  final Lanes lanes = new Lanes();

  @AfterEach
  void stop() {
    lanes.destroy();
  }

  @Test
  void aSlowConversationHoldsBackOnlyItsOwnLaterMessages() throws Exception {
    UUID slow = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch otherDone = new CountDownLatch(1);
    CountDownLatch slowDone = new CountDownLatch(1);
    List<String> order = new CopyOnWriteArrayList<>();

    lanes.run(
        slow,
        () -> {
          await(release);
          order.add("slow-1");
        });
    lanes.run(
        slow,
        () -> {
          order.add("slow-2");
          slowDone.countDown();
        });
    lanes.run(
        other,
        () -> {
          order.add("other-1");
          otherDone.countDown();
        });

    assertThat(otherDone.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(order).containsExactly("other-1");
    release.countDown();
    assertThat(slowDone.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(order).containsExactly("other-1", "slow-1", "slow-2");
  }

  @Test
  void aFailingMessageDoesNotStopTheNextOneAndIdleLanesAreDropped() throws Exception {
    UUID conversation = UUID.randomUUID();
    CountDownLatch next = new CountDownLatch(1);
    lanes.run(
        conversation,
        () -> {
          throw new IllegalStateException("a failing message");
        });
    lanes.run(conversation, next::countDown);
    assertThat(next.await(5, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < 50 && lanes.busy() > 0; i++) {
      Thread.sleep(20);
    }
    assertThat(lanes.busy()).isZero();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
