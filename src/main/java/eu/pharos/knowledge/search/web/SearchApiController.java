package eu.pharos.knowledge.search.web;

import eu.pharos.knowledge.search.KnowledgeSearch;
import eu.pharos.knowledge.search.SearchRequest;
import eu.pharos.knowledge.search.SearchResults;
import eu.pharos.knowledge.search.SearchResults.Facet;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search across the Centres of Excellence as JSON. Without a sign-in or token it searches public
 * content only; signed in, everything the caller may see. A mistake in the query or a facet is a
 * 400 {@code validation-failed} problem naming the parameter and saying what to fix.
 */
@Tag(name = "Knowledge search", description = "One search across the Centres of Excellence")
@ApiController("knowledgeSearchApiController")
class SearchApiController {

  private final KnowledgeSearch search;

  SearchApiController(KnowledgeSearch search) {
    this.search = search;
  }

  /** A thing found; {@code highlights} are HTML-escaped passages with found words in mark. */
  record ApiHit(
      String kind,
      String title,
      String link,
      String centre,
      String centreName,
      String country,
      String language,
      Instant updatedAt,
      String titleHighlight,
      List<String> highlights) {}

  record ApiResults(
      String query, long total, int page, int pages, List<ApiHit> hits, List<Facet> facets) {}

  @Operation(
      summary = "Search practices, documents, guidelines, meetings, minutes and discussions",
      description =
          "Words, \"quoted phrases\", +required and -excluded words, OR between alternatives,"
              + " (parentheses) and a trailing * for words starting so. Several values of one"
              + " facet are alternatives; different facets all apply. Without q, everything the"
              + " caller may see, newest first. Pages of 20.")
  @GetMapping("/api/v1/knowledge/search")
  ApiResults search(
      @Parameter(description = "What to look for (at most 500 characters)")
          @RequestParam(required = false)
          String q,
      @Parameter(description = "practice, document, guideline, meeting, minutes, discussion")
          @RequestParam(required = false)
          List<String> kind,
      @Parameter(description = "Centre short name or id") @RequestParam(required = false)
          List<String> centre,
      @Parameter(description = "ISO 3166 alpha-2 code") @RequestParam(required = false)
          List<String> country,
      @Parameter(description = "ISO 639-1 code") @RequestParam(required = false)
          List<String> language,
      @Parameter(description = "Year of the last change") @RequestParam(required = false)
          List<String> year,
      @Parameter(description = "Page, from 1") @RequestParam(required = false) String page,
      Locale locale) {
    SearchResults results =
        search.search(new SearchRequest(q, kind, centre, country, language, year, page), locale);
    return new ApiResults(
        results.query(),
        results.total(),
        results.page(),
        results.pages(),
        results.hits().stream()
            .map(
                h ->
                    new ApiHit(
                        h.kind(),
                        h.title(),
                        h.link(),
                        h.centreSlug(),
                        h.centreName(),
                        h.country(),
                        h.language(),
                        h.updatedAt(),
                        h.titleHtml(),
                        h.snippetsHtml()))
            .toList(),
        results.facets());
  }
}
