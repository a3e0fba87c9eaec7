package eu.pharos.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.test.PharosTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** command:knowledge-reindex makes the entries and the index anew from the sources. */
@PharosTest
class KnowledgeReindexCommandTest {

  @Autowired KnowledgeReindexCommand command;
  @Autowired TestSearchSource source;
  @Autowired SearchFixtures fixtures;
  @Autowired KnowledgeSearch search;
  @Autowired CentreAccess access;
  @Autowired JdbcTemplate jdbc;
  @Autowired SearchSessions sessions;
  @Autowired IndexOnStart indexOnStart;

  @AfterEach
  void tearDown() {
    source.set(List.of());
    fixtures.removeAll();
  }

  @Test
  void rebuildsTheEntriesFromTheSourcesAndTheIndexFromTheEntries() {
    UUID centre = access.read("european-helplines").id();
    List<IndexedItem> items = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      UUID refId = UUID.randomUUID();
      items.add(
          new IndexedItem(
              TestSearchSource.KIND,
              refId,
              centre,
              Visibility.PUBLIC,
              false,
              "Widdershins note " + i,
              "body " + i,
              "en",
              "PT",
              null,
              "/app/centres/european-helplines/notes/" + refId,
              Instant.parse("2026-05-01T00:00:00Z")));
    }
    source.set(items);
    // A row whose content is gone, and the index and rows lost.
    IndexedItem orphan =
        fixtures.put(
            "european-helplines",
            "retired-kind",
            Visibility.PUBLIC,
            "Widdershins orphan",
            null,
            "en",
            null,
            Instant.parse("2026-05-01T00:00:00Z"));
    jdbc.update("delete from knowledge_search_entry where kind = ?", TestSearchSource.KIND);
    emptyIndex();
    assertThat(find("widdershins")).isZero();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = command.run(List.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);

    // Every part of the module describes its content too: the totals are those of all sources.
    long total = jdbc.queryForObject("select count(*) from knowledge_search_entry", Long.class);
    assertThat(code).as(output).isZero();
    assertThat(output)
        .contains(
            "test-note: 450 entries.",
            "Indexed " + total + " / " + total + " entries (100 %)",
            "Done: " + total + " entries described, 1 deleted, " + total + " indexed.")
        .containsPattern("Indexed \\d+ / " + total + " entries \\(\\d+ %\\)");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from knowledge_search_entry where kind = ?",
                Long.class,
                TestSearchSource.KIND))
        .isEqualTo(450);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from knowledge_search_entry where ref_id = ?",
                Long.class,
                orphan.refId()))
        .isZero();
    assertThat(find("widdershins")).isEqualTo(450);
    assertThat(find("orphan")).isZero();

    // Describing again changes nothing.
    bytes.reset();
    assertThat(command.run(List.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8)))
        .isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Done: " + total + " entries described, 0 deleted, " + total + " indexed.");
  }

  @Test
  void anEmptyIndexIsFilledFromTheRowsAtStart() {
    IndexedItem kept =
        fixtures.put("european-helplines", Visibility.PUBLIC, "Collywobbles entry", null, "en");
    emptyIndex();
    assertThat(find("collywobbles")).isZero();

    indexOnStart.indexIfEmpty();

    assertThat(find("collywobbles")).isEqualTo(1);
    assertThat(kept.title()).isEqualTo("Collywobbles entry");
  }

  @Test
  void unknownArgumentsAreRefused() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = command.run(List.of("--fast"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Unknown argument: --fast", "Usage: command:knowledge-reindex");
  }

  /** Empties the index; a cluster shows it once refreshed. */
  private void emptyIndex() {
    var workspace = sessions.scope().workspace(SearchSessions.TENANT);
    workspace.purge();
    workspace.refresh();
  }

  private long find(String words) {
    return search
        .searchPublic(new SearchRequest(words, null, null, null, null, null, null), Locale.ENGLISH)
        .total();
  }
}
