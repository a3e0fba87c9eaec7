package eu.pharos.knowledge.search;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the knowledge index anew: first the rows of {@code knowledge_search_entry} from every
 * {@link SearchSource} (rows nobody describes any more are deleted), then the index from the rows.
 * One rebuild at a time in a process.
 */
@Service
public class KnowledgeReindex {

  static final int BATCH = 200;

  private final List<SearchSource> sources;
  private final KnowledgeIndex index;
  private final SearchEntryRepository entries;
  private final SearchSessions sessions;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final ReentrantLock running = new ReentrantLock();

  KnowledgeReindex(
      List<SearchSource> sources,
      KnowledgeIndex index,
      SearchEntryRepository entries,
      SearchSessions sessions,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager) {
    this.sources = List.copyOf(sources);
    this.index = index;
    this.entries = entries;
    this.sessions = sessions;
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** What a rebuild did. */
  public record Outcome(long described, long deleted, long indexed) {}

  /**
   * Describes every source's content again, then indexes every row; progress goes to {@code out}.
   */
  public Outcome rebuild(PrintStream out) {
    running.lock();
    try {
      long[] described = {0};
      Set<UUID> kept = new HashSet<>();
      for (SearchSource source : sources) {
        String name = String.join(", ", source.kinds());
        out.printf("Describing %s …%n", name);
        long before = described[0];
        Batch batch = new Batch(kept, described);
        source.describeAll(batch);
        batch.flush();
        out.printf("%s: %d entries.%n", name, described[0] - before);
      }
      long deleted = deleteUnlisted(kept);
      out.printf(
          "Entries: %d described, %d deleted (content gone, or of a kind nobody describes).%n",
          described[0], deleted);
      long indexed = indexAll(out, true);
      return new Outcome(described[0], deleted, indexed);
    } finally {
      running.unlock();
    }
  }

  /**
   * Indexes every row of {@code knowledge_search_entry}.
   *
   * @param purge first empty the index (and make its schema anew); false only adds documents, for
   *     an index known to be empty that the running application may be writing to
   * @return how many documents were indexed
   */
  public long indexAll(PrintStream out, boolean purge) {
    running.lock();
    try {
      Long rows = jdbc.queryForObject("select count(*) from knowledge_search_entry", Long.class);
      long total = rows == null ? 0 : rows;
      out.printf("Indexing %d entries …%n", total);
      Progress progress = new Progress(total, out);
      if (purge) {
        // A new, empty index (its mapping as it is now) for every tenant at once.
        sessions.scope().schemaManager().dropAndCreate();
      }
      // Hibernate Search 8.1's mass indexer does not run on the bundled Hibernate ORM 7.2: the
      // rows are indexed a batch at a time through the same path as every change.
      List<UUID> ids =
          jdbc.queryForList("select id from knowledge_search_entry order by id", UUID.class);
      for (int from = 0; from < ids.size(); from += BATCH) {
        List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + BATCH));
        index.index(new java.util.LinkedHashSet<>(slice));
        progress.documentsAdded(slice.size());
      }
      long done = progress.added.get();
      out.printf("Indexed %d of %d entries.%n", done, total);
      return done;
    } finally {
      running.unlock();
    }
  }

  /** Whether the index holds nothing while there are rows to index. */
  boolean indexEmptyButRows() {
    Long rows = jdbc.queryForObject("select count(*) from knowledge_search_entry", Long.class);
    if (rows == null || rows == 0) {
      return false;
    }
    long documents =
        sessions.apply(
            session ->
                Search.session(session)
                    .search(SearchEntry.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount());
    return documents == 0;
  }

  private long deleteUnlisted(Set<UUID> kept) {
    List<UUID> all = jdbc.queryForList("select id from knowledge_search_entry", UUID.class);
    List<UUID> gone = new ArrayList<>();
    for (UUID id : all) {
      if (!kept.contains(id)) {
        gone.add(id);
      }
    }
    for (int from = 0; from < gone.size(); from += BATCH) {
      List<UUID> slice = gone.subList(from, Math.min(gone.size(), from + BATCH));
      newTransaction.executeWithoutResult(status -> entries.deleteAllByIdInBatch(slice));
    }
    return gone.size();
  }

  /**
   * Receives a source's items and stores them a batch at a time, each batch in its own transaction
   * (whatever transaction the source reads in). The index is left alone here: it is made whole
   * afterwards.
   */
  private final class Batch implements Consumer<IndexedItem> {

    private final List<IndexedItem> items = new ArrayList<>();
    private final Set<UUID> kept;
    private final long[] described;

    Batch(Set<UUID> kept, long[] described) {
      this.kept = kept;
      this.described = described;
    }

    @Override
    public void accept(IndexedItem item) {
      items.add(item);
      if (items.size() >= BATCH) {
        flush();
      }
    }

    void flush() {
      if (items.isEmpty()) {
        return;
      }
      List<IndexedItem> batch = List.copyOf(items);
      items.clear();
      newTransaction.executeWithoutResult(
          status -> {
            for (IndexedItem item : batch) {
              kept.add(index.store(item).id());
            }
          });
      described[0] += batch.size();
    }
  }

  /** Prints how far indexing is: at every tenth of the way, and at the end. */
  private static final class Progress {

    private final long total;
    private final PrintStream out;
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong reported = new AtomicLong(-1);

    Progress(long total, PrintStream out) {
      this.total = total;
      this.out = out;
    }

    void documentsAdded(long increment) {
      long done = added.addAndGet(increment);
      long tenth = total == 0 ? 10 : Math.min(10, done * 10 / total);
      long last = reported.get();
      if (tenth > last && reported.compareAndSet(last, tenth)) {
        out.printf(
            Locale.ROOT,
            "Indexed %d / %d entries (%.0f %%)%n",
            done,
            total,
            total == 0 ? 100.0 : 100.0 * done / total);
      }
    }
  }
}
