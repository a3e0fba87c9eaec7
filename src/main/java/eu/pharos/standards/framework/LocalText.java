package eu.pharos.standards.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text of a framework in each of its languages, in the framework's order (the first is the
 * original). Blank texts are dropped, so "no text in this language" has one form.
 */
public record LocalText(Map<String, String> texts) {

  public static final LocalText EMPTY = new LocalText(Map.of());

  public LocalText {
    Map<String, String> copy = new LinkedHashMap<>();
    if (texts != null) {
      texts.forEach(
          (language, text) -> {
            if (language != null && text != null && !text.isBlank()) {
              copy.put(language, text.strip());
            }
          });
    }
    texts = Collections.unmodifiableMap(copy);
  }

  public static LocalText of(Map<String, String> texts) {
    return new LocalText(texts);
  }

  public static LocalText of(String language, String text) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(language, text);
    return new LocalText(texts);
  }

  /** The text in {@code language}, else in the first language that has one, else empty. */
  public String in(String language) {
    String text = language == null ? null : texts.get(language);
    if (text != null) {
      return text;
    }
    return texts.isEmpty() ? "" : texts.values().iterator().next();
  }

  /** Whether a text exists in exactly this language. */
  public boolean has(String language) {
    return texts.containsKey(language);
  }

  public boolean isEmpty() {
    return texts.isEmpty();
  }

  /** This text with {@code language} set to {@code text}, or removed when it is blank. */
  public LocalText with(String language, String text) {
    Map<String, String> copy = new LinkedHashMap<>(texts);
    if (text == null || text.isBlank()) {
      copy.remove(language);
    } else {
      copy.put(language, text);
    }
    return new LocalText(copy);
  }
}
