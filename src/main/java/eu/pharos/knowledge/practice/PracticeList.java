package eu.pharos.knowledge.practice;

import java.util.List;

/**
 * The practices of a centre the caller may see, filtered, with what the filters may choose from.
 *
 * @param countries country codes of every practice the caller may see, for the filter
 * @param languages language codes in which any of them is available, for the filter
 */
public record PracticeList(
    List<PracticeSummary> practices,
    List<String> countries,
    List<String> languages,
    String country,
    String language) {}
