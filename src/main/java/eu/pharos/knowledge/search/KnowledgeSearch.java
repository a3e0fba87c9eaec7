package eu.pharos.knowledge.search;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreNotFound;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.Centres;
import eu.pharos.knowledge.centre.Centres.CentreName;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.search.SearchResults.Facet;
import eu.pharos.knowledge.search.SearchResults.FacetValue;
import eu.pharos.knowledge.search.SearchResults.Hit;
import eu.pharos.platform.Languages;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search across everything of the Centres of Excellence that the caller may see. Who may see
 * what is part of the query itself (never a filter on its results), so totals and facet counts only
 * ever count what the caller may open: nothing hidden; public entries for everyone; network entries
 * for signed-in staff; centre entries for the members of their centre (every centre for the
 * secretariat).
 *
 * <p>Facets work as ticked boxes: several values of one facet are alternatives, different facets
 * all apply, and each facet's counts take the other facets' choices into account but not its own,
 * so that other values of a facet stay on offer.
 */
@Service
public class KnowledgeSearch {

  public static final int PAGE_SIZE = 20;

  /** Pages beyond this are refused: nobody reads them, and clusters limit how deep one may go. */
  public static final int MAX_PAGE = 250;

  public static final String FACET_KIND = "kind";
  public static final String FACET_CENTRE = "centre";
  public static final String FACET_COUNTRY = "country";
  public static final String FACET_LANGUAGE = "language";
  public static final String FACET_YEAR = "year";

  static final List<String> KINDS =
      List.of(
          KnowledgeIndex.KIND_PRACTICE,
          KnowledgeIndex.KIND_DOCUMENT,
          KnowledgeIndex.KIND_GUIDELINE,
          KnowledgeIndex.KIND_MEETING,
          KnowledgeIndex.KIND_MINUTES,
          KnowledgeIndex.KIND_DISCUSSION);

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d\\d");
  private static final int SNIPPET = 240;
  private static final int FACET_SIZE = 50;

  private static final AggregationKey<Map<String, Long>> KIND_COUNTS = AggregationKey.of("kind");
  private static final AggregationKey<Map<UUID, Long>> CENTRE_COUNTS = AggregationKey.of("centre");
  private static final AggregationKey<Map<String, Long>> COUNTRY_COUNTS =
      AggregationKey.of("country");
  private static final AggregationKey<Map<String, Long>> LANGUAGE_COUNTS =
      AggregationKey.of("language");
  private static final AggregationKey<Map<Integer, Long>> YEAR_COUNTS = AggregationKey.of("year");

  private final SearchSessions sessions;
  private final CentreAccess access;
  private final Centres centres;
  private final MessageSource messages;

  KnowledgeSearch(
      SearchSessions sessions, CentreAccess access, Centres centres, MessageSource messages) {
    this.sessions = sessions;
    this.access = access;
    this.centres = centres;
    this.messages = messages;
  }

  /** Searches what the caller may see. */
  @Transactional(readOnly = true)
  public SearchResults search(SearchRequest request, Locale locale) {
    return run(request, locale, false);
  }

  /** Searches public content only, whoever asks: the public search page. */
  @Transactional(readOnly = true)
  public SearchResults searchPublic(SearchRequest request, Locale locale) {
    return run(request, locale, true);
  }

  /** The facet values asked for, checked. */
  private record Selection(
      String query,
      Set<String> kinds,
      Set<UUID> centres,
      Set<String> countries,
      Set<String> languages,
      Set<Integer> years,
      int page) {}

  /** What the caller may see. */
  private record Reader(boolean signedIn, Set<UUID> memberCentres) {}

  private SearchResults run(SearchRequest request, Locale locale, boolean publicOnly) {
    Map<UUID, CentreName> known = centres.names();
    Selection selection = check(request);
    Reader reader =
        publicOnly || access.currentUser().isEmpty()
            ? new Reader(false, Set.of())
            : new Reader(true, access.memberCentres());
    return sessions.apply(orm -> found(Search.session(orm), selection, reader, known, locale));
  }

  private SearchResults found(
      SearchSession session,
      Selection selection,
      Reader reader,
      Map<UUID, CentreName> known,
      Locale locale) {

    SearchResult<List<?>> result =
        session
            .search(SearchEntry.class)
            .select(
                f -> {
                  List<org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<?>>
                      projections = new ArrayList<>();
                  projections.add(f.field("kind", String.class));
                  projections.add(f.field("title", String.class));
                  projections.add(f.field("body", String.class));
                  projections.add(f.field("link", String.class));
                  projections.add(f.field("centreId", UUID.class));
                  projections.add(f.field("country", String.class));
                  projections.add(f.field("language", String.class));
                  projections.add(f.field("updatedAt", Instant.class));
                  if (selection.query() != null) {
                    for (String field : titleFields()) {
                      projections.add(f.highlight(field).highlighter("title"));
                    }
                    for (String field : bodyFields()) {
                      projections.add(f.highlight(field));
                    }
                  }
                  return f.composite()
                      .from(
                          projections.stream()
                              .map(p -> p.toProjection())
                              .toArray(
                                  org.hibernate.search.engine.search.projection.SearchProjection[]
                                      ::new))
                      .asList();
                })
            .where(f -> predicate(f, selection, reader, null))
            .sort(
                f ->
                    selection.query() == null
                        ? f.field("updatedAt").desc()
                        : f.score().then().field("updatedAt").desc())
            .highlighter(
                h -> h.unified().tag(Highlights.OPEN, Highlights.CLOSE).numberOfFragments(2))
            .highlighter(
                "title",
                h -> h.unified().tag(Highlights.OPEN, Highlights.CLOSE).numberOfFragments(1))
            .aggregation(
                KIND_COUNTS, f -> f.terms().field("kind", String.class).maxTermCount(FACET_SIZE))
            .aggregation(
                CENTRE_COUNTS,
                f -> f.terms().field("centreId", UUID.class).maxTermCount(FACET_SIZE))
            .aggregation(
                COUNTRY_COUNTS,
                f -> f.terms().field("country", String.class).maxTermCount(FACET_SIZE))
            .aggregation(
                LANGUAGE_COUNTS,
                f -> f.terms().field("language", String.class).maxTermCount(FACET_SIZE))
            .aggregation(
                YEAR_COUNTS,
                f ->
                    f.terms()
                        .field("year", Integer.class)
                        .orderByTermDescending()
                        .maxTermCount(FACET_SIZE))
            .fetch((selection.page() - 1) * PAGE_SIZE, PAGE_SIZE);

    long total = result.total().hitCountLowerBound();
    List<Hit> hits = new ArrayList<>();
    for (List<?> row : result.hits()) {
      hits.add(hit(row, selection.query() != null, known, locale));
    }

    Map<String, Long> kinds =
        selection.kinds().isEmpty()
            ? result.aggregation(KIND_COUNTS)
            : counts(session, selection, reader, FACET_KIND, KIND_COUNTS);
    Map<UUID, Long> centreCounts =
        selection.centres().isEmpty()
            ? result.aggregation(CENTRE_COUNTS)
            : counts(session, selection, reader, FACET_CENTRE, CENTRE_COUNTS);
    Map<String, Long> countries =
        selection.countries().isEmpty()
            ? result.aggregation(COUNTRY_COUNTS)
            : counts(session, selection, reader, FACET_COUNTRY, COUNTRY_COUNTS);
    Map<String, Long> languages =
        selection.languages().isEmpty()
            ? result.aggregation(LANGUAGE_COUNTS)
            : counts(session, selection, reader, FACET_LANGUAGE, LANGUAGE_COUNTS);
    Map<Integer, Long> years =
        selection.years().isEmpty()
            ? result.aggregation(YEAR_COUNTS)
            : counts(session, selection, reader, FACET_YEAR, YEAR_COUNTS);

    List<Facet> facets = new ArrayList<>();
    facets.add(
        facet(
            FACET_KIND,
            ordered(kinds, selection.kinds(), Comparator.comparingInt(KINDS::indexOf)),
            selection.kinds(),
            k -> k,
            k -> messages.getMessage("knowledge.search.kind." + k, null, k, locale)));
    facets.add(
        facet(
            FACET_CENTRE,
            byCount(centreCounts, selection.centres()),
            selection.centres(),
            id -> known.containsKey(id) ? known.get(id).slug() : id.toString(),
            id -> known.containsKey(id) ? known.get(id).name() : id.toString()));
    facets.add(
        facet(
            FACET_COUNTRY,
            byCount(countries, selection.countries()),
            selection.countries(),
            c -> c,
            c -> Languages.countryName(c, locale)));
    facets.add(
        facet(
            FACET_LANGUAGE,
            byCount(languages, selection.languages()),
            selection.languages(),
            l -> l,
            l -> Languages.languageName(l, locale)));
    facets.add(
        facet(
            FACET_YEAR,
            ordered(years, selection.years(), Comparator.<Integer>reverseOrder()),
            selection.years(),
            String::valueOf,
            String::valueOf));

    int pages = (int) Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    return new SearchResults(selection.query(), total, selection.page(), pages, hits, facets);
  }

  /** One facet's counts with every other facet's choice applied, but not its own. */
  private <K> Map<K, Long> counts(
      SearchSession session,
      Selection selection,
      Reader reader,
      String facet,
      AggregationKey<Map<K, Long>> key) {
    String field = FACET_CENTRE.equals(facet) ? "centreId" : facet;
    @SuppressWarnings("unchecked")
    Class<K> type =
        (Class<K>)
            (FACET_CENTRE.equals(facet)
                ? UUID.class
                : FACET_YEAR.equals(facet) ? Integer.class : String.class);
    return session
        .search(SearchEntry.class)
        .where(f -> predicate(f, selection, reader, facet))
        .aggregation(key, f -> f.terms().field(field, type).maxTermCount(FACET_SIZE))
        .fetch(0)
        .aggregation(key);
  }

  /**
   * The whole query: what the caller may see, the words (if any) and every facet's choice but
   * {@code except}'s.
   */
  private PredicateFinalStep predicate(
      TypedSearchPredicateFactory<?> f, Selection selection, Reader reader, String except) {
    var bool = f.bool();
    bool.filter(f.match().field("hidden").matching(false));
    var visible = f.or().add(f.match().field("visibility").matching(Visibility.PUBLIC));
    if (reader.signedIn()) {
      visible.add(f.match().field("visibility").matching(Visibility.NETWORK));
      if (!reader.memberCentres().isEmpty()) {
        visible.add(
            f.and()
                .add(f.match().field("visibility").matching(Visibility.CENTRE))
                .add(f.terms().field("centreId").matchingAny(reader.memberCentres())));
      }
    }
    bool.filter(visible);
    if (selection.query() == null) {
      bool.must(f.matchAll());
    } else {
      var text = f.simpleQueryString().field("title").boost(3f).field("body");
      for (String language : SearchAnalysers.LANGUAGES) {
        text = text.field("title_" + language).boost(3f).field("body_" + language);
      }
      bool.must(
          text.matching(selection.query())
              .defaultOperator(BooleanOperator.AND)
              .flags(
                  EnumSet.of(
                      SimpleQueryFlag.AND,
                      SimpleQueryFlag.OR,
                      SimpleQueryFlag.NOT,
                      SimpleQueryFlag.PHRASE,
                      SimpleQueryFlag.PREFIX,
                      SimpleQueryFlag.PRECEDENCE,
                      SimpleQueryFlag.WHITESPACE)));
    }
    if (!selection.kinds().isEmpty() && !FACET_KIND.equals(except)) {
      bool.filter(f.terms().field("kind").matchingAny(selection.kinds()));
    }
    if (!selection.centres().isEmpty() && !FACET_CENTRE.equals(except)) {
      bool.filter(f.terms().field("centreId").matchingAny(selection.centres()));
    }
    if (!selection.countries().isEmpty() && !FACET_COUNTRY.equals(except)) {
      bool.filter(f.terms().field("country").matchingAny(selection.countries()));
    }
    if (!selection.languages().isEmpty() && !FACET_LANGUAGE.equals(except)) {
      bool.filter(f.terms().field("language").matchingAny(selection.languages()));
    }
    if (!selection.years().isEmpty() && !FACET_YEAR.equals(except)) {
      bool.filter(f.terms().field("year").matchingAny(selection.years()));
    }
    return bool;
  }

  /** Checks every part of the request, naming every mistake at once. */
  private Selection check(SearchRequest request) {
    List<Problem> problems = new ArrayList<>();
    String query = null;
    try {
      query = QuerySyntax.check(request.query());
    } catch (InvalidInput invalid) {
      problems.addAll(invalid.problems());
    }
    Set<String> kinds = new LinkedHashSet<>();
    for (String kind : request.kinds()) {
      if (KINDS.contains(kind)) {
        kinds.add(kind);
      } else {
        problems.add(Problem.of(FACET_KIND, "knowledge.search.error.kind", kind));
        break;
      }
    }
    Set<UUID> centreIds = new LinkedHashSet<>();
    for (String key : request.centres()) {
      try {
        CentreRef centre = access.read(key);
        centreIds.add(centre.id());
      } catch (CentreNotFound unknown) {
        problems.add(Problem.of(FACET_CENTRE, "knowledge.search.error.centre", key));
        break;
      }
    }
    Set<String> countries = new LinkedHashSet<>();
    for (String country : request.countries()) {
      String code = country.toUpperCase(Locale.ROOT);
      if (COUNTRY.matcher(code).matches()) {
        countries.add(code);
      } else {
        problems.add(Problem.of(FACET_COUNTRY, "knowledge.search.error.country", country));
        break;
      }
    }
    Set<String> languages = new LinkedHashSet<>();
    for (String language : request.languages()) {
      String code = language.toLowerCase(Locale.ROOT);
      if (LANGUAGE.matcher(code).matches()) {
        languages.add(code);
      } else {
        problems.add(Problem.of(FACET_LANGUAGE, "knowledge.search.error.language", language));
        break;
      }
    }
    Set<Integer> years = new LinkedHashSet<>();
    for (String year : request.years()) {
      if (YEAR.matcher(year).matches()) {
        years.add(Integer.parseInt(year));
      } else {
        problems.add(Problem.of(FACET_YEAR, "knowledge.search.error.year", year));
        break;
      }
    }
    int page = 1;
    if (request.page() != null && !request.page().isBlank()) {
      try {
        page = Integer.parseInt(request.page().strip());
      } catch (NumberFormatException notANumber) {
        page = -1;
      }
      if (page < 1 || page > MAX_PAGE) {
        problems.add(Problem.of("page", "knowledge.search.error.page", MAX_PAGE));
        page = 1;
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new Selection(query, kinds, centreIds, countries, languages, years, page);
  }

  private Hit hit(List<?> row, boolean highlighted, Map<UUID, CentreName> known, Locale locale) {
    String kind = (String) row.get(0);
    String title = (String) row.get(1);
    String body = (String) row.get(2);
    String link = (String) row.get(3);
    UUID centreId = (UUID) row.get(4);
    String country = (String) row.get(5);
    String language = (String) row.get(6);
    String titleHtml = Highlights.plain(title);
    List<String> snippets = List.of();
    if (highlighted) {
      int at = 8;
      String bestTitle = null;
      for (int i = 0; i < titleFields().size(); i++) {
        @SuppressWarnings("unchecked")
        List<String> fragments = (List<String>) row.get(at++);
        for (String fragment : fragments) {
          if (bestTitle == null || Highlights.marks(fragment) > Highlights.marks(bestTitle)) {
            bestTitle = fragment;
          }
        }
      }
      if (bestTitle != null && Highlights.marks(bestTitle) > 0) {
        titleHtml = Highlights.html(bestTitle);
      }
      List<String> bestBody = List.of();
      for (int i = 0; i < bodyFields().size(); i++) {
        @SuppressWarnings("unchecked")
        List<String> fragments = (List<String>) row.get(at++);
        if (Highlights.marks(fragments) > Highlights.marks(bestBody)) {
          bestBody = fragments;
        }
      }
      snippets = bestBody.stream().map(Highlights::html).toList();
    }
    if (snippets.isEmpty() && body != null && !body.isBlank()) {
      String start = body.strip();
      if (start.length() > SNIPPET) {
        int cut = start.lastIndexOf(' ', SNIPPET);
        start = start.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + " …";
      }
      snippets = List.of(Highlights.plain(start));
    }
    CentreName centre = known.get(centreId);
    return new Hit(
        kind,
        Highlights.strip(title),
        titleHtml,
        snippets,
        link,
        centreId,
        centre == null ? null : centre.slug(),
        centre == null ? null : centre.name(),
        country,
        country == null ? null : Languages.countryName(country, locale),
        language,
        language == null ? null : Languages.languageName(language, locale),
        (Instant) row.get(7));
  }

  private static List<String> titleFields() {
    List<String> fields = new ArrayList<>();
    fields.add("title");
    SearchAnalysers.LANGUAGES.forEach(l -> fields.add("title_" + l));
    return fields;
  }

  private static List<String> bodyFields() {
    List<String> fields = new ArrayList<>();
    fields.add("body");
    SearchAnalysers.LANGUAGES.forEach(l -> fields.add("body_" + l));
    return fields;
  }

  /** Values by count, the selected ones kept even when nothing has them any more. */
  private static <K> List<Map.Entry<K, Long>> byCount(Map<K, Long> counts, Set<K> selected) {
    return ordered(
        counts,
        selected,
        Comparator.<K, Long>comparing(k -> counts.getOrDefault(k, 0L)).reversed());
  }

  private static <K> List<Map.Entry<K, Long>> ordered(
      Map<K, Long> counts, Set<K> selected, Comparator<K> order) {
    Map<K, Long> all = new LinkedHashMap<>(counts);
    for (K value : selected) {
      all.putIfAbsent(value, 0L);
    }
    return all.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(order))
        .collect(Collectors.toList());
  }

  private static <K> Facet facet(
      String name,
      List<Map.Entry<K, Long>> values,
      Set<K> selected,
      Function<K, String> value,
      Function<K, String> label) {
    return new Facet(
        name,
        values.stream()
            .map(
                e ->
                    new FacetValue(
                        value.apply(e.getKey()),
                        label.apply(e.getKey()),
                        e.getValue(),
                        selected.contains(e.getKey())))
            .toList());
  }
}
