package eu.pharos.knowledge.search;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Puts search entries into the index as content modules do, and takes them out again. */
@Component
public class SearchFixtures {

  private final KnowledgeIndex index;
  private final CentreAccess access;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final List<IndexedItem> made = new ArrayList<>();

  SearchFixtures(
      KnowledgeIndex index,
      CentreAccess access,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager) {
    this.index = index;
    this.access = access;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** An entry of centre {@code slug}, changed at {@code updatedAt}. */
  IndexedItem put(
      String slug,
      String kind,
      Visibility visibility,
      String title,
      String body,
      String language,
      String country,
      Instant updatedAt) {
    UUID centreId = access.read(slug).id();
    UUID refId = UUID.randomUUID();
    IndexedItem item =
        new IndexedItem(
            kind,
            refId,
            centreId,
            visibility,
            false,
            title,
            body,
            language,
            country,
            null,
            "/app/centres/" + slug + "/" + kind + "s/" + refId,
            updatedAt);
    transactions.executeWithoutResult(status -> index.put(item));
    made.add(item);
    return item;
  }

  IndexedItem put(String slug, Visibility visibility, String title, String body, String language) {
    return put(
        slug,
        KnowledgeIndex.KIND_PRACTICE,
        visibility,
        title,
        body,
        language,
        null,
        Instant.parse("2026-03-01T10:00:00Z"));
  }

  void hide(IndexedItem item, boolean hidden) {
    transactions.executeWithoutResult(status -> index.hide(item.kind(), item.refId(), hidden));
  }

  /** Removes every entry made here (and any of the test source's kind). */
  void removeAll() {
    for (IndexedItem item : made) {
      transactions.executeWithoutResult(status -> index.remove(item.kind(), item.refId()));
    }
    made.clear();
    for (UUID refId :
        jdbc.queryForList(
            "select ref_id from knowledge_search_entry where kind = ?",
            UUID.class,
            TestSearchSource.KIND)) {
      transactions.executeWithoutResult(status -> index.remove(TestSearchSource.KIND, refId));
    }
  }
}
