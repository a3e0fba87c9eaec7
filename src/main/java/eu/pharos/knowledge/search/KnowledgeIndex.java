package eu.pharos.knowledge.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every part of a centre's content tells search what it holds. Calls join the caller's
 * transaction; the index itself changes once it commits, so a rolled-back change is never found.
 *
 * <p>The index is written here, after the commit, from the rows as committed (Hibernate Search's
 * own listeners on entity changes are off, see {@link SearchBackendConfiguration}). Should that
 * fail, the row is right and {@code command:knowledge-reindex} brings the index back in line.
 */
@Service
public class KnowledgeIndex {

  public static final String KIND_PRACTICE = "practice";
  public static final String KIND_DOCUMENT = "document";
  public static final String KIND_GUIDELINE = "guideline";
  public static final String KIND_MEETING = "meeting";
  public static final String KIND_MINUTES = "minutes";
  public static final String KIND_DISCUSSION = "discussion";

  private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

  private final SearchEntryRepository entries;
  private final SearchSessions sessions;

  KnowledgeIndex(SearchEntryRepository entries, SearchSessions sessions) {
    this.entries = entries;
    this.sessions = sessions;
  }

  /** Adds the item, or replaces what the index held for the same kind and id. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void put(IndexedItem item) {
    changed(store(item).id());
  }

  /** Hides or shows an item (a moderator hid a post) without describing it again. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void hide(String kind, UUID refId, boolean hidden) {
    entries
        .findByKindAndRefId(kind, refId)
        .ifPresent(
            entry -> {
              entry.hide(hidden);
              changed(entry.id());
            });
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void remove(String kind, UUID refId) {
    entries
        .findByKindAndRefId(kind, refId)
        .ifPresent(
            entry -> {
              entries.delete(entry);
              changed(entry.id());
            });
  }

  /** The row of the item, made or changed, without touching the index (for rebuilds). */
  SearchEntry store(IndexedItem item) {
    return entries
        .findByKindAndRefId(item.kind(), item.refId())
        .map(
            entry -> {
              entry.update(item);
              return entry;
            })
        .orElseGet(() -> entries.save(new SearchEntry(item)));
  }

  /** Indexes the entry as it is once the transaction has committed. */
  private void changed(UUID entryId) {
    Pending pending = null;
    for (TransactionSynchronization each :
        TransactionSynchronizationManager.getSynchronizations()) {
      if (each instanceof Pending found) {
        pending = found;
      }
    }
    if (pending == null) {
      pending = new Pending();
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    pending.ids.add(entryId);
  }

  /** Writes the given entries to the index as the database now holds them (removed if gone). */
  void index(Set<UUID> ids) {
    sessions.apply(
        session -> {
          SearchIndexingPlan plan = Search.session(session).indexingPlan();
          for (UUID id : ids) {
            SearchEntry entry = session.find(SearchEntry.class, id);
            if (entry == null) {
              plan.purge(SearchEntry.class, id, null);
            } else {
              plan.addOrUpdate(entry);
            }
          }
          plan.execute();
          return null;
        });
  }

  /** The entries a transaction changed, indexed after it commits. */
  private final class Pending implements TransactionSynchronization {

    private final Set<UUID> ids = new LinkedHashSet<>();

    @Override
    public void afterCommit() {
      try {
        index(ids);
      } catch (RuntimeException failed) {
        log.error(
            "Indexing {} changed search entries failed; command:knowledge-reindex rebuilds the"
                + " index",
            ids.size(),
            failed);
      }
    }
  }
}
