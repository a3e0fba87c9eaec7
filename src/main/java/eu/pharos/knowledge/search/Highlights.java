package eu.pharos.knowledge.search;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted passages made safe for a page: the index marks found words with two private-use
 * characters, never with HTML; the text is escaped whole, and only then do the marks become {@code
 * <mark>} elements. Nothing a contributor wrote can ever become markup.
 */
final class Highlights {

  static final String OPEN = "\uE000";
  static final String CLOSE = "\uE001";

  private Highlights() {}

  /** Escaped HTML of a passage, its marks as {@code <mark>}. */
  static String html(String marked) {
    if (marked == null) {
      return null;
    }
    String escaped = HtmlUtils.htmlEscape(marked, "UTF-8");
    return escaped.replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
  }

  /** Escaped HTML of plain text, without marks (the marks' characters are dropped). */
  static String plain(String text) {
    return text == null ? null : HtmlUtils.htmlEscape(strip(text), "UTF-8");
  }

  /** Text without the characters that would read as marks. */
  static String strip(String text) {
    return text == null ? null : text.replace(OPEN, "").replace(CLOSE, "");
  }

  static int marks(String marked) {
    int count = 0;
    int at = marked.indexOf(OPEN);
    while (at >= 0) {
      count++;
      at = marked.indexOf(OPEN, at + 1);
    }
    return count;
  }

  static int marks(List<String> passages) {
    return passages.stream().mapToInt(Highlights::marks).sum();
  }
}
