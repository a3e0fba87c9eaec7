package eu.pharos.network.findhelp;

import java.util.Locale;

/** Names of languages and countries in the page's language, from the JDK's locale data. */
record Names(Locale locale) {

  public String language(String code) {
    String name = new Locale(code).getDisplayLanguage(locale);
    return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  /** A phone number as a {@code tel:} link target: digits only, with a leading + kept. */
  public String tel(String number) {
    return "tel:" + number.replaceAll("[^0-9+]", "");
  }

  public String country(String code) {
    String name = new Locale("", code).getDisplayCountry(locale);
    return name.isEmpty() ? code : name;
  }
}
