package eu.pharos.standards.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text in several languages, language code → text, in the framework's order: the first entry is
 * the original language.
 */
public record LocalText(Map<String, String> texts) {

  public LocalText {
    texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts == null ? Map.of() : texts));
  }

  public static LocalText of(Map<String, String> texts) {
    return new LocalText(texts);
  }

  /** The text in the language asked for, else in the first (original) language, else null. */
  public String in(String language) {
    String text = texts.get(language);
    if (text != null && !text.isBlank()) {
      return text;
    }
    return texts.isEmpty() ? null : texts.values().iterator().next();
  }
}
