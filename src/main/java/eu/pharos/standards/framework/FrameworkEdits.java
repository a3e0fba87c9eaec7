package eu.pharos.standards.framework;

/**
 * Changes the secretariat makes to a draft framework. Texts are given in one language at a time
 * (the page's language switcher); a blank text in another language than the original removes that
 * language's text.
 */
public final class FrameworkEdits {

  private FrameworkEdits() {}

  /** The framework's own name and description in {@code language}. */
  public record FrameworkTexts(String language, String name, String description) {}

  public record StandardChange(String code, String language, String title, String description) {}

  public record CriterionChange(String code, String language, String title) {}

  public record IndicatorChange(
      String code,
      String language,
      String title,
      String guidance,
      String evidence,
      String scale,
      boolean required) {}
}
