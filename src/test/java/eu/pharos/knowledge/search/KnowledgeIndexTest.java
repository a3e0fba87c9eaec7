package eu.pharos.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.test.PharosTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the module's parts put into the index is found once their transaction commits, and only
 * then.
 */
@PharosTest
class KnowledgeIndexTest {

  @Autowired KnowledgeIndex index;
  @Autowired TransactionTemplate transactions;
  @Autowired SearchSessions sessions;
  @Autowired JdbcTemplate jdbc;

  final UUID refId = UUID.randomUUID();

  @AfterEach
  void cleanUp() {
    transactions.executeWithoutResult(s -> index.remove(KnowledgeIndex.KIND_PRACTICE, refId));
  }

  @Test
  void anItemPutInACommittedTransactionIsFoundAndOneRolledBackIsNot() {
    UUID centre =
        jdbc.queryForObject(
            "select id from knowledge_centre where slug = 'european-helplines'", UUID.class);
    transactions.executeWithoutResult(s -> index.put(item(centre, "Zyxwvut call-back practice")));
    transactions.executeWithoutResult(
        s -> {
          index.put(item(centre, "Qwertzu rolled back"));
          s.setRollbackOnly();
        });

    assertThat(titlesMatching("zyxwvut")).containsExactly("Zyxwvut call-back practice");
    assertThat(titlesMatching("qwertzu")).isEmpty();

    transactions.executeWithoutResult(s -> index.hide(KnowledgeIndex.KIND_PRACTICE, refId, true));
    Long visible =
        sessions.apply(
            session ->
                Search.session(session)
                    .search(SearchEntry.class)
                    .where(
                        f ->
                            f.and(
                                f.match().field("title").matching("zyxwvut"),
                                f.match().field("hidden").matching(false)))
                    .fetchTotalHitCount());
    assertThat(visible).isZero();
  }

  private List<String> titlesMatching(String word) {
    return sessions.apply(
        session ->
            Search.session(session)
                .search(SearchEntry.class)
                .where(f -> f.match().field("title").matching(word))
                .fetchAllHits()
                .stream()
                .map(e -> e.title())
                .toList());
  }

  private IndexedItem item(UUID centre, String title) {
    return new IndexedItem(
        KnowledgeIndex.KIND_PRACTICE,
        refId,
        centre,
        Visibility.CENTRE,
        false,
        title,
        "Calling back victims whose call was missed.",
        "en",
        "PT",
        null,
        "/app/centres/european-helplines/practices/" + refId,
        Instant.now());
  }
}
