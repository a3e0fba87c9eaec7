package eu.pharos.helpline.victim.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The countries and languages a victim may have, named in the reader's language. */
public final class Choices {

  /** A code and its name in the reader's language. */
  public record Choice(String code, String name) {}

  /** Names of codes in one language, for templates. */
  public record Names(Locale locale) {

    public String country(String code) {
      return countryName(code, locale);
    }

    public String language(String code) {
      return languageName(code, locale);
    }
  }

  private Choices() {}

  static List<Choice> countries(Locale locale) {
    return sorted(
        Arrays.stream(Locale.getISOCountries()).map(c -> new Choice(c, countryName(c, locale))),
        locale);
  }

  static List<Choice> languages(Locale locale) {
    return sorted(
        Arrays.stream(Locale.getISOLanguages()).map(c -> new Choice(c, languageName(c, locale))),
        locale);
  }

  static String countryName(String code, Locale locale) {
    String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    return name.isBlank() ? code : name;
  }

  static String languageName(String code, Locale locale) {
    String name = new Locale.Builder().setLanguage(code).build().getDisplayLanguage(locale);
    return name.isBlank() ? code : name;
  }

  private static List<Choice> sorted(java.util.stream.Stream<Choice> choices, Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return choices.sorted(Comparator.comparing(Choice::name, collator)).toList();
  }
}
