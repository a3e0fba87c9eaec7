package eu.pharos.knowledge.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.search.IndexedItem;
import eu.pharos.knowledge.search.KnowledgeIndex;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.test.PharosTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search of the Centres of Excellence on its cluster-mode backend: Hibernate Search's
 * Elasticsearch client against a real OpenSearch 2.19 node ({@link OpenSearchNode}). Entries go in
 * through {@link KnowledgeIndex} as every part of a centre writes them, and are found by their
 * words, filtered by kind, changed and removed, on the node itself.
 *
 * <p>Runs with {@code ./mvnw test -Popensearch} (tag {@code opensearch}); the default build leaves
 * it out.
 */
@PharosTest
@Tag("opensearch")
@ExtendWith(OpenSearchNode.class)
class OpenSearchBackendTest {

  @DynamicPropertySource
  static void onOpenSearch(DynamicPropertyRegistry registry) {
    // Pharos's own settings for cluster mode (pharos.search.*).
    registry.add("pharos.search.backend", () -> "elasticsearch");
    registry.add("pharos.search.hosts", OpenSearchNode::address);
    registry.add("pharos.search.protocol", () -> "http");
    registry.add("pharos.search.version", () -> "opensearch:2.19");
    // Hibernate Search's own properties, which application.yml derives from pharos.search.*
    // (backend.type from pharos.search.backend today; hosts, protocol and version once they are
    // wired there too, which makes these lines redundant but harmless). Hibernate Search checks the
    // version it is given against the node's at start.
    String backend = "spring.jpa.properties.hibernate.search.backend.";
    registry.add(backend + "hosts", OpenSearchNode::address);
    registry.add(backend + "protocol", () -> "http");
    registry.add(backend + "version", () -> "opensearch:2.19");
    // Hibernate Search 8.1.2's listener of entity changes calls PostInsertEvent.getSession(),
    // whose type Hibernate ORM 7.2 changed: every insert of a search entry fails with a
    // NoSuchMethodError while the listener is on. Until the two match, this test indexes
    // explicitly (indexed(), with the mass indexer) rather than on commit; remove this line then.
    registry.add(
        "spring.jpa.properties.hibernate.search.indexing.listeners.enabled", () -> "false");
    // Tenant identifiers are UUIDs, which Hibernate Search converts only when told how; remove
    // this line once the search's own configuration sets a converter.
    registry.add(
        "spring.jpa.properties.hibernate.search.multi_tenancy.tenant_identifier_converter",
        () -> "class:" + UuidTenantIdentifiers.class.getName());
  }

  @Autowired KnowledgeIndex index;
  @Autowired TransactionTemplate transactions;
  @Autowired EntityManager entityManager;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired JdbcTemplate jdbc;

  private UUID centreId;

  /** A word of this run only, so that entries of other tests (and the demo) never match. */
  private final String word = randomWord();

  @BeforeEach
  void aCentre() {
    centreId =
        jdbc.queryForObject("select id from knowledge_centre order by slug limit 1", UUID.class);
  }

  @Test
  void entriesWrittenThroughTheIndexAreFoundByTheirWordsOnOpenSearch() {
    UUID practice = UUID.randomUUID();
    UUID document = UUID.randomUUID();
    UUID guideline = UUID.randomUUID();
    transactions.executeWithoutResult(
        status -> {
          index.put(
              item(
                  KnowledgeIndex.KIND_PRACTICE, practice, "Peer support " + word, "Weekly groups"));
          index.put(
              item(
                  KnowledgeIndex.KIND_DOCUMENT,
                  document,
                  "Annual report",
                  "Volunteers ran " + word + " sessions in three regions"));
          index.put(
              item(KnowledgeIndex.KIND_GUIDELINE, guideline, "Court accompaniment", "No match"));
        });
    indexed();

    assertThat(titlesMatching(word, null))
        .containsExactlyInAnyOrder("Peer support " + word, "Annual report");
    assertThat(titlesMatching(word, KnowledgeIndex.KIND_DOCUMENT)).containsExactly("Annual report");
    assertThat(titlesMatching("accompaniment", KnowledgeIndex.KIND_GUIDELINE))
        .contains("Court accompaniment");

    // On the node itself: Hibernate Search's index "knowledge" (behind its read and write
    // aliases) holds the two entries that carry the word.
    assertThat(get("/_alias/knowledge-read")).contains("\"knowledge-000001\"");
    assertThat(count("/knowledge-read/_count?q=" + word)).isEqualTo(2);
  }

  @Test
  void aChangedEntryIsFoundByItsNewWordsAndARemovedOneNoMore() {
    UUID practice = UUID.randomUUID();
    String other = randomWord();
    transactions.executeWithoutResult(
        status ->
            index.put(item(KnowledgeIndex.KIND_PRACTICE, practice, "Helpline " + word, "Night")));
    indexed();
    assertThat(titlesMatching(word, null)).containsExactly("Helpline " + word);

    transactions.executeWithoutResult(
        status ->
            index.put(item(KnowledgeIndex.KIND_PRACTICE, practice, "Helpline " + other, "Night")));
    indexed();
    assertThat(titlesMatching(word, null)).isEmpty();
    assertThat(titlesMatching(other, null)).containsExactly("Helpline " + other);

    transactions.executeWithoutResult(
        status -> index.remove(KnowledgeIndex.KIND_PRACTICE, practice));
    indexed();
    assertThat(titlesMatching(other, null)).isEmpty();
    assertThat(count("/knowledge-read/_count?q=" + other)).isZero();
  }

  @Test
  void aRolledBackChangeNeverReachesOpenSearch() {
    transactions.executeWithoutResult(
        status -> {
          index.put(
              item(KnowledgeIndex.KIND_PRACTICE, UUID.randomUUID(), "Draft " + word, "Never"));
          status.setRollbackOnly();
        });
    indexed();
    assertThat(titlesMatching(word, null)).isEmpty();
    assertThat(count("/knowledge-read/_count?q=" + word)).isZero();
  }

  private IndexedItem item(String kind, UUID refId, String title, String body) {
    return new IndexedItem(
        kind,
        refId,
        centreId,
        Visibility.PUBLIC,
        false,
        title,
        body,
        "en",
        "PT",
        null,
        "/centres/test/" + kind + "/" + refId,
        Instant.parse("2026-03-01T10:00:00Z"));
  }

  /**
   * The titles of the entries whose title or body holds {@code words}, of one kind or of all, as
   * Hibernate Search finds them on the node (only its generic query DSL: the analysers and fields
   * beyond title, body and kind are the search's own business).
   */
  private List<String> titlesMatching(String words, String kind) {
    return transactions.execute(
        status ->
            Search.session(entityManager)
                .search(entries())
                .select(f -> f.field("title", String.class))
                .where(
                    (f, root) -> {
                      root.add(f.match().fields("title", "body").matching(words));
                      if (kind != null) {
                        root.add(f.match().field("kind").matching(kind));
                      }
                    })
                .fetchHits(50));
  }

  /** The search entries by entity name: the entity class is the search package's own. */
  private SearchScope<Object> entries() {
    return Search.mapping(entityManagerFactory).scope(Object.class, "SearchEntry");
  }

  /**
   * Indexes what the database holds now (the mass indexer, as the rebuild command does) and makes
   * it visible to searches at once rather than within the node's refresh interval. With indexing on
   * commit, the mass indexing is redundant but harmless.
   */
  private void indexed() {
    UUID tenant = TenantContext.current();
    try {
      entries().massIndexer(tenant).threadsToLoadObjects(1).startAndWait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    entries().workspace(tenant).refresh();
  }

  private static String get(String path) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(OpenSearchNode.url(path))).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
      return response.body();
    } catch (Exception e) {
      throw new IllegalStateException("GET " + path, e);
    }
  }

  private static long count(String path) {
    Matcher count = Pattern.compile("\"count\"\\s*:\\s*(\\d+)").matcher(get(path));
    assertThat(count.find()).as("a count in the answer to %s", path).isTrue();
    return Long.parseLong(count.group(1));
  }

  private static String randomWord() {
    Random random = new Random();
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString().toLowerCase(Locale.ROOT);
  }
}
