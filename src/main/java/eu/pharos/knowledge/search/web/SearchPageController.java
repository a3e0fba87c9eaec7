package eu.pharos.knowledge.search.web;

import eu.pharos.knowledge.search.KnowledgeSearch;
import eu.pharos.knowledge.search.SearchRequest;
import eu.pharos.knowledge.search.SearchResults;
import eu.pharos.knowledge.search.SearchResults.Hit;
import eu.pharos.knowledge.web.KnowledgePages;
import eu.pharos.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page of the Centres of Excellence: for staff under {@code /app/knowledge/search}
 * (everything they may see), and for visitors under {@code /knowledge/search} (public content
 * only). One form sent with GET carries the words and the ticked facets, so that it works without
 * JavaScript and every search has its own address. A mistake in the words is shown on the field,
 * with what was typed kept, and the page answers 400.
 */
@Controller("knowledgeSearchPageController")
class SearchPageController {

  private final KnowledgeSearch search;
  private final KnowledgePages pages;

  SearchPageController(KnowledgeSearch search, KnowledgePages pages) {
    this.search = search;
    this.pages = pages;
  }

  @GetMapping("/app/knowledge/search")
  String staff(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) List<String> kind,
      @RequestParam(required = false) List<String> centre,
      @RequestParam(required = false) List<String> country,
      @RequestParam(required = false) List<String> language,
      @RequestParam(required = false) List<String> year,
      @RequestParam(required = false) String page,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    SearchRequest asked = new SearchRequest(q, kind, centre, country, language, year, page);
    return show(asked, false, request, response, model, locale);
  }

  @GetMapping("/knowledge/search")
  String visitor(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) List<String> kind,
      @RequestParam(required = false) List<String> centre,
      @RequestParam(required = false) List<String> country,
      @RequestParam(required = false) List<String> language,
      @RequestParam(required = false) List<String> year,
      @RequestParam(required = false) String page,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    SearchRequest asked = new SearchRequest(q, kind, centre, country, language, year, page);
    return show(asked, true, request, response, model, locale);
  }

  private String show(
      SearchRequest asked,
      boolean visitor,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    SearchResults results = null;
    Map<String, String> errors = Map.of();
    try {
      results =
          visitor ? publicLinks(search.searchPublic(asked, locale)) : search.search(asked, locale);
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      errors = pages.errors(invalid, field -> "q", "q", locale);
    }
    model.addAttribute("visitor", visitor);
    model.addAttribute("action", visitor ? "/knowledge/search" : "/app/knowledge/search");
    model.addAttribute("q", asked.query() == null ? "" : asked.query());
    model.addAttribute("asked", asked);
    model.addAttribute("results", results);
    model.addAttribute("errors", errors);
    model.addAttribute("zone", pages.zone());
    if (results != null) {
      model.addAttribute("previousPage", pageLink(request, results.page() - 1));
      model.addAttribute("nextPage", pageLink(request, results.page() + 1));
    }
    return "knowledge/search/search";
  }

  /** The same search on another page: every parameter kept, the page replaced. */
  private static String pageLink(HttpServletRequest request, int page) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam("page", page)
        .build()
        .toUriString();
  }

  /** Visitors open public content under {@code /centres/…}, not the staff pages. */
  private static SearchResults publicLinks(SearchResults results) {
    List<Hit> hits =
        results.hits().stream()
            .map(
                h ->
                    new Hit(
                        h.kind(),
                        h.title(),
                        h.titleHtml(),
                        h.snippetsHtml(),
                        h.link() != null && h.link().startsWith("/app/centres/")
                            ? h.link().substring("/app".length())
                            : h.link(),
                        h.centreId(),
                        h.centreSlug(),
                        h.centreName(),
                        h.country(),
                        h.countryName(),
                        h.language(),
                        h.languageName(),
                        h.updatedAt()))
            .toList();
    return new SearchResults(
        results.query(), results.total(), results.page(), results.pages(), hits, results.facets());
  }
}
