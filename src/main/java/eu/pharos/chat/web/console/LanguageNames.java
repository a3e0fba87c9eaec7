package eu.pharos.chat.web.console;

import eu.pharos.platform.Languages;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Language codes with their names in the reader's language. */
final class LanguageNames {

  private LanguageNames() {}

  static Map<String, String> of(Collection<String> codes, Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : codes) {
      String name = Languages.languageName(code, locale);
      names.put(
          code,
          name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1));
    }
    return names;
  }
}
