package eu.pharos.audit.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links and commits audit rows as a group: every caller queues its row and waits until it is
 * committed, and whichever caller holds the write lock writes all rows queued so far in one
 * transaction (one lock of the chain's head, one batch insert, one commit), so that concurrent
 * requests share one round of writes instead of queueing on the head's row lock one by one.
 *
 * <p>The rows are written through a small pool of their own (same database, two connections), so
 * that an audited read never needs a second connection from the pool its own transaction holds one
 * of: with the request pool exhausted by waiting readers, the audit still commits. Across nodes the
 * chain stays one, as the head row is still locked for each group.
 */
@Component
class AuditAppender implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(AuditAppender.class);
  private static final int MAX_GROUP = 500;

  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writer = new ReentrantLock();
  private final HikariDataSource ownPool;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final AuditChain chain;

  AuditAppender(DataSource dataSource, AuditChain chain) {
    this.chain = chain;
    this.ownPool = poolBeside(dataSource);
    DataSource target = ownPool != null ? ownPool : dataSource;
    this.jdbc = new JdbcTemplate(target);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(target));
  }

  /** A pool of two connections with the settings of the application's pool. */
  private static HikariDataSource poolBeside(DataSource dataSource) {
    HikariDataSource main;
    try {
      if (!dataSource.isWrapperFor(HikariDataSource.class)) {
        log.warn(
            "The data source is not a Hikari pool: audit rows share the application's"
                + " connections, and a pool smaller than the number of concurrent readers can stall");
        return null;
      }
      main = dataSource.unwrap(HikariDataSource.class);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot inspect the data source", e);
    }
    HikariDataSource own = new HikariDataSource();
    own.setPoolName("pharos-audit");
    own.setJdbcUrl(main.getJdbcUrl());
    own.setUsername(main.getUsername());
    own.setPassword(main.getPassword());
    if (main.getDriverClassName() != null) {
      own.setDriverClassName(main.getDriverClassName());
    }
    own.setDataSourceProperties(main.getDataSourceProperties());
    own.setMaximumPoolSize(2);
    own.setMinimumIdle(0);
    own.setAutoCommit(false);
    return own;
  }

  /**
   * Appends the rows, in this order and after every row queued before them, and returns once they
   * are committed.
   *
   * @throws RuntimeException the database's error, when a row could not be written
   */
  void append(List<AuditChain.Entry> entries) {
    List<Pending> mine = entries.stream().map(Pending::new).toList();
    queue.addAll(mine);
    Pending last = mine.get(mine.size() - 1);
    while (!last.done.isDone()) {
      writer.lock();
      try {
        if (!last.done.isDone()) {
          writeQueued();
        }
      } finally {
        writer.unlock();
      }
    }
    for (Pending pending : mine) {
      try {
        pending.done.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException runtime
            ? runtime
            : new IllegalStateException(e.getCause());
      }
    }
  }

  /** Writes everything queued, a group at a time; called with the write lock held. */
  private void writeQueued() {
    List<Pending> group = new ArrayList<>();
    Pending next;
    while ((next = queue.poll()) != null) {
      group.add(next);
      if (group.size() == MAX_GROUP) {
        write(group);
        group = new ArrayList<>();
      }
    }
    if (!group.isEmpty()) {
      write(group);
    }
  }

  private void write(List<Pending> group) {
    try {
      writeOrRetry(group);
    } finally {
      for (Pending pending : group) {
        if (!pending.done.isDone()) {
          pending.done.completeExceptionally(new IllegalStateException("audit row not written"));
        }
      }
    }
  }

  private void writeOrRetry(List<Pending> group) {
    try {
      transactions.executeWithoutResult(status -> link(group));
      group.forEach(pending -> pending.done.complete(null));
    } catch (RuntimeException groupFailed) {
      if (group.size() == 1) {
        group.get(0).done.completeExceptionally(groupFailed);
        return;
      }
      // One bad row must not cost the others theirs: write each alone.
      for (Pending pending : group) {
        try {
          transactions.executeWithoutResult(status -> link(List.of(pending)));
          pending.done.complete(null);
        } catch (RuntimeException failed) {
          pending.done.completeExceptionally(failed);
        }
      }
    }
  }

  private void link(List<Pending> group) {
    var head =
        jdbc.queryForMap("select last_id, last_hash from audit_chain_head where id = 1 for update");
    long id = ((Number) head.get("last_id")).longValue();
    String previous = (String) head.get("last_hash");
    List<Object[]> rows = new ArrayList<>(group.size());
    for (Pending pending : group) {
      id++;
      AuditChain.Row row = pending.entry.withId(id);
      String hash = chain.link(previous, row);
      rows.add(
          new Object[] {
            row.id(),
            OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC),
            row.actorId(),
            row.actorLabel(),
            row.organisationId(),
            row.action(),
            row.targetType(),
            row.targetId(),
            row.outcome(),
            row.remoteAddress(),
            row.detail(),
            previous,
            hash
          });
      previous = hash;
    }
    jdbc.batchUpdate(
        "insert into audit_event (id, occurred_at, actor_id, actor_label, organisation_id, action,"
            + " target_type, target_id, outcome, remote_address, detail, previous_hash, hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
    jdbc.update(
        "update audit_chain_head set last_id = ?, last_hash = ? where id = 1", id, previous);
  }

  @Override
  public void destroy() {
    if (ownPool != null) {
      ownPool.close();
    }
  }

  private static final class Pending {
    final AuditChain.Entry entry;
    final CompletableFuture<Void> done = new CompletableFuture<>();

    Pending(AuditChain.Entry entry) {
      this.entry = entry;
    }
  }
}
