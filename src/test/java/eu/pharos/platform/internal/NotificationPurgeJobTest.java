package eu.pharos.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.platform.Notifications;
import eu.pharos.test.PharosTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The nightly purge of read notifications, and its lock that keeps it to one node at a time. */
@PharosTest
class NotificationPurgeJobTest {

  @Autowired NotificationPurgeJob job;
  @Autowired Notifications notifications;
  @Autowired LockProvider lockProvider;
  @Autowired JdbcTemplate jdbc;

  UUID user = UUID.randomUUID();

  /** An earlier run holds the lock for some minutes after it ends; these tests start later. */
  @BeforeEach
  void letTheLockOfEarlierRunsExpire() {
    jdbc.update(
        "update shedlock set lock_until = ? where name = ?",
        LocalDateTime.of(2000, 1, 1, 0, 0),
        NotificationPurgeJob.LOCK);
  }

  @Test
  void deletesOnlyNotificationsReadLongerAgoThanTheKeepPeriod() {
    UUID readLongAgo = notification("read long ago", daysAgo(400), daysAgo(91));
    UUID readRecently = notification("read recently", daysAgo(400), daysAgo(89));
    UUID unreadAndOld = notification("unread and old", daysAgo(400), null);

    job.purge();

    assertThat(remaining()).containsExactlyInAnyOrder(readRecently, unreadAndOld);
    assertThat(remaining()).doesNotContain(readLongAgo);
  }

  @Test
  void aSecondNodeSkipsThePurgeWhileTheFirstHoldsTheLock() throws Throwable {
    UUID readLongAgo = notification("read long ago", daysAgo(200), daysAgo(100));
    LockingTaskExecutor executor = new DefaultLockingTaskExecutor(lockProvider);
    LockConfiguration lock =
        new LockConfiguration(
            Instant.now(), NotificationPurgeJob.LOCK, Duration.ofMinutes(1), Duration.ZERO);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService firstNode = Executors.newSingleThreadExecutor();
    try {
      Future<?> first =
          firstNode.submit(
              () ->
                  executor.executeWithLock(
                      (Runnable)
                          () -> {
                            holding.countDown();
                            await(release);
                          },
                      lock));
      assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from shedlock where name = ? and lock_until > locked_at",
                  Integer.class,
                  NotificationPurgeJob.LOCK))
          .isEqualTo(1);

      job.purge();
      var second = executor.executeWithLock(() -> "ran", lock);

      assertThat(remaining()).contains(readLongAgo);
      assertThat(second.wasExecuted()).isFalse();
      release.countDown();
      first.get(30, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      firstNode.shutdownNow();
    }

    job.purge();
    assertThat(remaining()).doesNotContain(readLongAgo);
  }

  private UUID notification(String text, Instant created, Instant read) {
    notifications.notify(user, "dashboard.welcome", List.of(text), null);
    UUID id =
        jdbc.queryForObject(
            "select id from platform_notification where user_id = ? and args like ?",
            UUID.class,
            user,
            "%" + text + "%");
    jdbc.update(
        "update platform_notification set created_at = ?, read_at = ? where id = ?",
        created.atOffset(ZoneOffset.UTC),
        read == null ? null : read.atOffset(ZoneOffset.UTC),
        id);
    return id;
  }

  private List<UUID> remaining() {
    return jdbc.queryForList(
        "select id from platform_notification where user_id = ?", UUID.class, user);
  }

  private static Instant daysAgo(int days) {
    return Instant.now().minus(days, ChronoUnit.DAYS);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
