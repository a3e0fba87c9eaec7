package eu.pharos.standards.framework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A whole framework as read, for every part of the module that rates or shows it. */
public record FrameworkTree(
    UUID id,
    String code,
    String version,
    FrameworkStatus status,
    boolean illustrative,
    List<String> languages,
    LocalText name,
    LocalText description,
    List<Scale> scales,
    List<StandardNode> standards,
    UUID previousId,
    Instant updatedAt,
    long rowVersion) {

  public record StandardNode(
      UUID id, String code, LocalText title, LocalText description, List<CriterionNode> criteria) {

    public List<IndicatorNode> indicators() {
      return criteria.stream().flatMap(c -> c.indicators().stream()).toList();
    }
  }

  public record CriterionNode(
      UUID id, String code, LocalText title, List<IndicatorNode> indicators) {}

  public record IndicatorNode(
      UUID id,
      String code,
      LocalText title,
      LocalText guidance,
      LocalText evidence,
      String scaleCode,
      boolean required,
      UUID standardId,
      UUID criterionId) {}

  public List<IndicatorNode> indicators() {
    return standards.stream().flatMap(s -> s.indicators().stream()).toList();
  }

  public Optional<IndicatorNode> indicator(UUID id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Optional<StandardNode> standard(UUID id) {
    return standards.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<StandardNode> standardOf(IndicatorNode indicator) {
    return standard(indicator.standardId());
  }

  public Scale scale(String code) {
    return scales.stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No scale " + code + " in " + this.code));
  }

  /** The framework's label, such as "Quality standards 2.0", in a language. */
  public String label(String language) {
    return name.in(language) + " " + version;
  }

  /** The language to show texts in: {@code wanted} when the framework has it, else its first. */
  public String languageFor(String wanted) {
    return languages.contains(wanted) ? wanted : languages.get(0);
  }
}
