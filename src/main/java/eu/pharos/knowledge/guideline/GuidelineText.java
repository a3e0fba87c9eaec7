package eu.pharos.knowledge.guideline;

import java.util.Arrays;
import java.util.List;

/** Plain text of guidelines: line ends made uniform, paragraphs parted by blank lines. */
final class GuidelineText {

  private GuidelineText() {}

  static String clean(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  static List<String> paragraphs(String text) {
    String clean = clean(text);
    if (clean.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(clean.split("\n\\s*\n")).map(String::strip).toList();
  }
}
