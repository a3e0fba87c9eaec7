package eu.pharos.standards.framework;

import java.util.List;

/**
 * A framework as its file holds it (YAML or JSON, same tree): the unit of import and export. The
 * first of {@code languages} is the language the framework was written in.
 */
public record FrameworkDocument(
    String code,
    String version,
    boolean illustrative,
    List<String> languages,
    LocalText name,
    LocalText description,
    List<ScaleDocument> scales,
    List<StandardDocument> standards) {

  public FrameworkDocument {
    languages = List.copyOf(languages);
    scales = List.copyOf(scales);
    standards = List.copyOf(standards);
  }

  public int indicatorCount() {
    return standards.stream()
        .flatMap(s -> s.criteria().stream())
        .mapToInt(c -> c.indicators().size())
        .sum();
  }
}
