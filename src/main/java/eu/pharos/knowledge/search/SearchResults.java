package eu.pharos.knowledge.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of what a search found among what the caller may see, with the facets.
 *
 * @param query the query as checked (null when browsing)
 * @param total how many entries match in all
 * @param pages how many pages of {@link KnowledgeSearch#PAGE_SIZE}
 */
public record SearchResults(
    String query, long total, int page, int pages, List<Hit> hits, List<Facet> facets) {

  public boolean browsing() {
    return query == null;
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }

  /**
   * One thing found.
   *
   * @param titleHtml the title, HTML-escaped, with the words found marked by {@code <mark>}
   * @param snippetsHtml passages of the text, escaped likewise, with the words found marked; the
   *     start of the text when no word of the text matched
   */
  public record Hit(
      String kind,
      String title,
      String titleHtml,
      List<String> snippetsHtml,
      String link,
      UUID centreId,
      String centreSlug,
      String centreName,
      String country,
      String countryName,
      String language,
      String languageName,
      Instant updatedAt) {}

  /**
   * One facet: {@code kind}, {@code centre}, {@code country}, {@code language} or {@code year}, the
   * name of its request parameter.
   */
  public record Facet(String name, List<FacetValue> values) {

    public boolean anySelected() {
      return values.stream().anyMatch(FacetValue::selected);
    }
  }

  /**
   * @param value what the request parameter takes (a centre's short name, a kind, a code, a year)
   * @param label what a reader sees, in the reader's language
   * @param count how many entries the caller may see would match with this value ticked
   */
  public record FacetValue(String value, String label, long count, boolean selected) {}
}
