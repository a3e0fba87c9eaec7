package eu.pharos.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the shell. A module may translate more, never fewer. */
public final class Languages {

  public static final List<Locale> SUPPORTED =
      List.of(
          Locale.ENGLISH,
          Locale.FRENCH,
          Locale.GERMAN,
          Locale.forLanguageTag("pt"),
          Locale.forLanguageTag("nl"));

  public static final Locale DEFAULT = Locale.ENGLISH;

  private Languages() {}

  /** The supported language for a tag such as {@code pt-BR}, or empty for an unknown one. */
  public static Optional<Locale> supported(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  /**
   * The name of an ISO 639-1 language in the reader's language, as written within a sentence (lower
   * case in French, say); the code itself when Java knows no name, empty for none.
   */
  public static String languageName(String code, Locale reader) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = Locale.forLanguageTag(code.strip()).getDisplayLanguage(reader);
    return name.isEmpty() ? code : name;
  }

  /**
   * The name of an ISO 3166-1 alpha-2 country in the reader's language; the code itself when Java
   * knows no name, empty for none.
   */
  public static String countryName(String code, Locale reader) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = new Locale("", code.strip()).getDisplayCountry(reader);
    return name.isEmpty() ? code : name;
  }
}
