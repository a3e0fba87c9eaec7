package eu.pharos.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.search.SearchResults.Facet;
import eu.pharos.knowledge.search.SearchResults.FacetValue;
import eu.pharos.knowledge.search.SearchResults.Hit;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search itself: languages, facets, who finds what, hidden entries. Entries are made through
 * {@link KnowledgeIndex} in a committed transaction, as content modules do.
 */
@PharosTest
class KnowledgeSearchTest {

  static final String HELPLINES = "european-helplines";
  static final String LEGISLATION = "eu-legislation-monitoring";
  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String MEMBER_FV = "member.fv@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired KnowledgeSearch search;
  @Autowired SearchFixtures fixtures;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @AfterEach
  void tearDown() {
    fixtures.removeAll();
  }

  @Test
  void eachLanguageFindsOtherFormsOfItsWords() {
    IndexedItem fr =
        fixtures.put(
            HELPLINES,
            Visibility.PUBLIC,
            "Accueil téléphonique",
            "L'écoute de la victime au premier appel.",
            "fr");
    IndexedItem de =
        fixtures.put(
            HELPLINES, Visibility.PUBLIC, "Beratung am Telefon", "Hilfe für jedes Opfer.", "de");
    IndexedItem pt =
        fixtures.put(
            HELPLINES, Visibility.PUBLIC, "Linha de apoio", "O apoio à vítima de crime.", "pt");
    IndexedItem en =
        fixtures.put(
            HELPLINES,
            Visibility.PUBLIC,
            "Remote support",
            "Supporting victims through chat.",
            "en");
    IndexedItem nl =
        fixtures.put(
            HELPLINES, Visibility.PUBLIC, "Hulplijn", "Hulp aan slachtoffers van geweld.", "nl");

    assertThat(links(publicSearch("victimes"))).contains(fr.link());
    assertThat(links(publicSearch("écoute"))).contains(fr.link());
    assertThat(links(publicSearch("ecoute"))).contains(fr.link());
    assertThat(links(publicSearch("Opfern"))).contains(de.link());
    assertThat(links(publicSearch("Opfer"))).contains(de.link());
    assertThat(links(publicSearch("vítimas"))).contains(pt.link());
    assertThat(links(publicSearch("vitimas"))).contains(pt.link());
    assertThat(links(publicSearch("supported"))).contains(en.link());
    assertThat(links(publicSearch("slachtoffer"))).contains(nl.link());
    // A prefix, a phrase, an exclusion and alternatives.
    assertThat(links(publicSearch("vítim*"))).contains(pt.link());
    assertThat(links(publicSearch("\"apoio à vítima\""))).containsExactly(pt.link());
    assertThat(links(publicSearch("hulp -geweld"))).doesNotContain(nl.link());
    assertThat(links(publicSearch("hulplijn OR telefon")))
        .contains(nl.link(), de.link())
        .doesNotContain(fr.link());
  }

  @Test
  void facetsCountWhatMatchesAndTickedValuesNarrowTheResults() {
    Instant y2025 = Instant.parse("2025-05-01T00:00:00Z");
    Instant y2026 = Instant.parse("2026-02-01T00:00:00Z");
    fixtures.put(
        HELPLINES,
        KnowledgeIndex.KIND_PRACTICE,
        Visibility.PUBLIC,
        "Zorblax one",
        null,
        "pt",
        "PT",
        y2026);
    fixtures.put(
        HELPLINES,
        KnowledgeIndex.KIND_PRACTICE,
        Visibility.PUBLIC,
        "Zorblax two",
        null,
        "pt",
        "PT",
        y2025);
    fixtures.put(
        LEGISLATION,
        KnowledgeIndex.KIND_DOCUMENT,
        Visibility.PUBLIC,
        "Zorblax three",
        null,
        "de",
        "DE",
        y2026);

    SearchResults all = publicSearch("zorblax");
    assertThat(all.total()).isEqualTo(3);
    assertThat(counts(all, "kind"))
        .containsExactly(Map.entry("practice", 2L), Map.entry("document", 1L));
    assertThat(counts(all, "country")).containsEntry("PT", 2L).containsEntry("DE", 1L);
    assertThat(counts(all, "language")).containsEntry("pt", 2L).containsEntry("de", 1L);
    assertThat(counts(all, "year")).containsExactly(Map.entry("2026", 2L), Map.entry("2025", 1L));
    assertThat(counts(all, "centre")).containsEntry(HELPLINES, 2L).containsEntry(LEGISLATION, 1L);
    assertThat(labels(all, "centre")).contains("European Helplines");

    SearchResults practices =
        search.searchPublic(
            new SearchRequest("zorblax", List.of("practice"), null, null, null, null, null),
            Locale.ENGLISH);
    assertThat(practices.total()).isEqualTo(2);
    // The ticked facet still offers its other values; the others count within the choice.
    assertThat(counts(practices, "kind"))
        .containsEntry("practice", 2L)
        .containsEntry("document", 1L);
    assertThat(selected(practices, "kind")).containsExactly("practice");
    assertThat(counts(practices, "country")).containsExactly(Map.entry("PT", 2L));

    SearchResults twoFacets =
        search.searchPublic(
            new SearchRequest(
                "zorblax",
                List.of("practice", "document"),
                null,
                null,
                null,
                List.of("2026"),
                null),
            Locale.ENGLISH);
    assertThat(twoFacets.total()).isEqualTo(2);
    assertThat(counts(twoFacets, "year")).containsEntry("2026", 2L).containsEntry("2025", 1L);

    SearchResults oneCentre =
        search.searchPublic(
            new SearchRequest(null, null, List.of(LEGISLATION), List.of("de"), null, null, null),
            Locale.ENGLISH);
    assertThat(oneCentre.browsing()).isTrue();
    assertThat(oneCentre.hits()).extracting(Hit::title).contains("Zorblax three");
    assertThat(oneCentre.hits()).extracting(Hit::centreSlug).containsOnly(LEGISLATION);
  }

  @Test
  void everyoneFindsOnlyWhatTheyMaySee() {
    IndexedItem open = fixtures.put(HELPLINES, Visibility.PUBLIC, "Quibble public", null, "en");
    IndexedItem network =
        fixtures.put(HELPLINES, Visibility.NETWORK, "Quibble network", null, "en");
    IndexedItem helplinesOnly =
        fixtures.put(HELPLINES, Visibility.CENTRE, "Quibble helplines members", null, "en");
    IndexedItem legislationOnly =
        fixtures.put(LEGISLATION, Visibility.CENTRE, "Quibble legislation members", null, "en");

    SearchResults anonymous =
        search.search(
            new SearchRequest("quibble", null, null, null, null, null, null), Locale.ENGLISH);
    assertThat(links(anonymous)).containsExactly(open.link());

    SearchResults member = tenancy.asUser(MEMBER_FV, () -> searchFor("quibble"));
    assertThat(links(member))
        .containsExactlyInAnyOrder(open.link(), network.link(), legislationOnly.link());
    assertThat(member.total()).isEqualTo(3);
    assertThat(counts(member, "centre"))
        .containsEntry(HELPLINES, 2L)
        .containsEntry(LEGISLATION, 1L);
    assertThat(counts(member, "kind")).containsEntry("practice", 3L);

    SearchResults secretariat = tenancy.asUser(SECRETARIAT, () -> searchFor("quibble"));
    assertThat(links(secretariat))
        .containsExactlyInAnyOrder(
            open.link(), network.link(), helplinesOnly.link(), legislationOnly.link());

    // The public page shows public content even to a signed-in member.
    SearchResults publicPage =
        tenancy.asUser(
            SECRETARIAT,
            () ->
                search.searchPublic(
                    new SearchRequest("quibble", null, null, null, null, null, null),
                    Locale.ENGLISH));
    assertThat(links(publicPage)).containsExactly(open.link());
  }

  @Test
  void hiddenEntriesAreNeverFound() {
    IndexedItem post =
        fixtures.put(HELPLINES, Visibility.PUBLIC, "Flibbertigibbet post", "spam", "en");
    assertThat(tenancy.asUser(SECRETARIAT, () -> searchFor("flibbertigibbet")).total())
        .isEqualTo(1);

    fixtures.hide(post, true);
    assertThat(tenancy.asUser(SECRETARIAT, () -> searchFor("flibbertigibbet")).total()).isZero();
    assertThat(publicSearch("flibbertigibbet").total()).isZero();
    SearchResults browse = tenancy.asUser(SECRETARIAT, () -> searchFor(null));
    assertThat(links(browse)).doesNotContain(post.link());

    fixtures.hide(post, false);
    assertThat(publicSearch("flibbertigibbet").total()).isEqualTo(1);
  }

  @Test
  void browsingWithoutWordsListsNewestFirst() {
    IndexedItem older =
        fixtures.put(
            LEGISLATION,
            KnowledgeIndex.KIND_GUIDELINE,
            Visibility.PUBLIC,
            "Older guideline",
            null,
            "en",
            "BE",
            Instant.parse("2030-01-01T00:00:00Z"));
    IndexedItem newer =
        fixtures.put(
            LEGISLATION,
            KnowledgeIndex.KIND_GUIDELINE,
            Visibility.PUBLIC,
            "Newer guideline",
            null,
            "en",
            "BE",
            Instant.parse("2030-06-01T00:00:00Z"));
    SearchResults browse =
        search.searchPublic(
            new SearchRequest(null, List.of("guideline"), null, List.of("BE"), null, null, null),
            Locale.ENGLISH);
    assertThat(links(browse)).startsWith(newer.link(), older.link());
  }

  private SearchResults publicSearch(String q) {
    return search.searchPublic(
        new SearchRequest(q, null, null, null, null, null, null), Locale.ENGLISH);
  }

  private SearchResults searchFor(String q) {
    return search.search(new SearchRequest(q, null, null, null, null, null, null), Locale.ENGLISH);
  }

  static List<String> links(SearchResults results) {
    return results.hits().stream().map(Hit::link).toList();
  }

  static Map<String, Long> counts(SearchResults results, String facet) {
    return values(results, facet).stream()
        .collect(
            Collectors.toMap(
                FacetValue::value, FacetValue::count, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  static List<String> labels(SearchResults results, String facet) {
    return values(results, facet).stream().map(FacetValue::label).toList();
  }

  static List<String> selected(SearchResults results, String facet) {
    return values(results, facet).stream()
        .filter(FacetValue::selected)
        .map(FacetValue::value)
        .toList();
  }

  private static List<FacetValue> values(SearchResults results, String facet) {
    return results.facets().stream()
        .filter(f -> f.name().equals(facet))
        .map(Facet::values)
        .findFirst()
        .orElseThrow();
  }
}
