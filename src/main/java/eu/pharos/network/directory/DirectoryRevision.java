package eu.pharos.network.directory;

import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The directory's revision: a counter in the database, bumped in the transaction of every change,
 * so that every node sees the same number. Public pages ask for it on every request, so it is read
 * from the database at most once a second per node; this node's own changes show at once.
 */
@Component
class DirectoryRevision {

  private static final long MAX_AGE = TimeUnit.SECONDS.toNanos(1);

  private final JdbcTemplate jdbc;
  private volatile Reading last;

  private record Reading(long revision, long readAt) {}

  DirectoryRevision(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long current() {
    Reading reading = last;
    long now = System.nanoTime();
    if (reading == null || now - reading.readAt() > MAX_AGE) {
      reading = new Reading(read(), now);
      last = reading;
    }
    return reading.revision();
  }

  /** Bumps the counter in the caller's transaction; returns the new revision. */
  long bump() {
    jdbc.update("update network_revision set revision = revision + 1 where id = 1");
    long revision = read();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              last = new Reading(revision, System.nanoTime());
            }
          });
    }
    return revision;
  }

  private long read() {
    Long revision =
        jdbc.queryForObject("select revision from network_revision where id = 1", Long.class);
    return revision == null ? 0 : revision;
  }
}
