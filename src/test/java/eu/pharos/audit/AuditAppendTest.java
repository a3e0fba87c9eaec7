package eu.pharos.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import eu.pharos.test.PharosTest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** How records reach the chain: committed on their own connections, in groups, in order. */
@PharosTest
class AuditAppendTest {

  @Autowired AuditLog auditLog;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  /**
   * Every connection of the application's pool is held by a reader in its transaction, as when as
   * many users as connections read victims' data at once: the audit record of each read must still
   * commit, not wait for a connection that none of them will give back.
   */
  @Test
  void aRecordCommitsWhileEveryConnectionOfThePoolIsHeld() throws Exception {
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    String target = UUID.randomUUID().toString();
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
        Connection connection = pool.getConnection();
        connection.setAutoCommit(false);
        held.add(connection);
      }
      assertThat(pool.getHikariPoolMXBean().getIdleConnections()).isZero();

      auditLog.record(AuditRecord.access("test.record", target));
    } finally {
      for (Connection connection : held) {
        connection.rollback();
        connection.close();
      }
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where target_id = ?", Integer.class, target))
        .isEqualTo(1);
  }

  @Test
  void concurrentRecordsExtendOneUnbrokenChain() throws Exception {
    String target = UUID.randomUUID().toString();
    int writers = 16;
    int each = 25;
    ExecutorService threads = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    auditLog.record(
                        AuditRecord.access("test.record", target).detail(writer + "/" + i));
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      threads.shutdown();
    }

    List<String> details =
        jdbc.queryForList(
            "select detail from audit_event where target_id = ? order by id", String.class, target);
    assertThat(details).hasSize(writers * each).doesNotHaveDuplicates();
    for (int w = 0; w < writers; w++) {
      String prefix = w + "/";
      List<String> ofWriter = details.stream().filter(d -> d.startsWith(prefix)).toList();
      assertThat(ofWriter)
          .as("each writer's records in the order it made them")
          .containsExactlyElementsOf(
              java.util.stream.IntStream.range(0, each).mapToObj(i -> prefix + i).toList());
    }
    assertThat(auditLog.verify().intact()).isTrue();
  }

  @Test
  void aRecordTheDatabaseRefusesFailsAloneAndLeavesTheChainIntact() {
    String target = UUID.randomUUID().toString();

    assertThatThrownBy(
            () -> auditLog.record(AuditRecord.access("x".repeat(100), target).detail("too long")))
        .isInstanceOf(DataAccessException.class);
    auditLog.record(AuditRecord.access("test.record", target));

    assertThat(
            jdbc.queryForList(
                "select target_type from audit_event where target_id = ?", String.class, target))
        .as("the refused record left no row")
        .containsExactly("test.record");
    assertThat(auditLog.verify().intact()).isTrue();
  }

  @Test
  void gatheredRecordsAreWrittenTogetherWhenTheScopeCloses() {
    String target = UUID.randomUUID().toString();
    String count = "select count(*) from audit_event where target_id = ?";

    try (var gathering = auditLog.gather()) {
      auditLog.record(AuditRecord.access("test.record", target).detail("first"));
      try (var inner = auditLog.gather()) {
        auditLog.record(AuditRecord.access("test.record", target).detail("second"));
      }
      assertThat(jdbc.queryForObject(count, Integer.class, target))
          .as("nothing written before the outer scope closes")
          .isZero();
      auditLog.record(AuditRecord.access("test.record", target).detail("third"));
    }

    assertThat(
            jdbc.queryForList(
                "select detail from audit_event where target_id = ? order by id",
                String.class,
                target))
        .containsExactly("first", "second", "third");
    List<Long> ids =
        jdbc.queryForList(
            "select id from audit_event where target_id = ? order by id", Long.class, target);
    assertThat(ids.get(2) - ids.get(0)).as("one group, consecutive in the chain").isEqualTo(2);
  }
}
