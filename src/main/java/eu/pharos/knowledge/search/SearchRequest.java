package eu.pharos.knowledge.search;

import java.util.List;

/**
 * A search as the reader asked for it, unchecked: the words typed and the facet values ticked
 * (several values of one facet are alternatives; different facets all apply). {@link
 * KnowledgeSearch} checks every part and names each mistake.
 *
 * @param query what was typed, may be empty to browse
 * @param centres centres by short name (or id)
 * @param page from 1; null for the first
 */
public record SearchRequest(
    String query,
    List<String> kinds,
    List<String> centres,
    List<String> countries,
    List<String> languages,
    List<String> years,
    String page) {

  public SearchRequest {
    kinds = clean(kinds);
    centres = clean(centres);
    countries = clean(countries);
    languages = clean(languages);
    years = clean(years);
  }

  private static List<String> clean(List<String> values) {
    return values == null
        ? List.of()
        : values.stream()
            .filter(v -> v != null && !v.isBlank())
            .map(String::strip)
            .distinct()
            .toList();
  }

  public boolean anyFacetSelected() {
    return !kinds.isEmpty()
        || !centres.isEmpty()
        || !countries.isEmpty()
        || !languages.isEmpty()
        || !years.isEmpty();
  }
}
