package eu.pharos.knowledge.discussion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts are plain text: control characters are dropped, line breaks kept, and nothing is ever read
 * as markup. A mention is {@code @} and a person's handle, the part of their e-mail address before
 * its {@code @}; an address written in full ({@code name@example.org}) is not a mention.
 */
public final class PostText {

  /** The longest post, in characters. */
  public static final int MAX_BODY = 20_000;

  public static final int MAX_TITLE = 200;
  public static final int MAX_REASON = 500;

  static final Pattern MENTION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+\\-@])@([\\p{L}\\p{N}_%+\\-]+(?:\\.[\\p{L}\\p{N}_%+\\-]+)*)");

  /** One piece of a line: plain text, or a mention shown as the person's name. */
  public record Segment(String text, boolean mention) {}

  private PostText() {}

  /**
   * The text with line breaks as {@code \n}, without control characters (tabs and line breaks
   * excepted) or direction overrides, and without surrounding blank space.
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(normalised.length());
    normalised
        .codePoints()
        .filter(c -> c == '\n' || c == '\t' || !(Character.isISOControl(c) || isOverride(c)))
        .forEach(out::appendCodePoint);
    return out.toString().strip();
  }

  /** As {@link #clean}, on one line: a title or a reason. */
  static String line(String text) {
    return clean(text).replaceAll("\\s+", " ");
  }

  private static boolean isOverride(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  /** The handles a text mentions, lower-cased, each once, in the order written. */
  static Set<String> handles(String text) {
    Set<String> handles = new LinkedHashSet<>();
    Matcher m = MENTION.matcher(text == null ? "" : text);
    while (m.find()) {
      handles.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    return handles;
  }

  /**
   * The text by line, each line in segments, mentions of {@code names} (by lower-cased handle) in
   * place of the handle. The page writes every segment as text, never as markup.
   */
  static List<List<Segment>> lines(String text, Map<String, String> names) {
    List<List<Segment>> lines = new ArrayList<>();
    for (String line : (text == null ? "" : text).split("\n", -1)) {
      List<Segment> segments = new ArrayList<>();
      Matcher m = MENTION.matcher(line);
      int from = 0;
      while (m.find()) {
        String name = names.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
        if (name == null) {
          continue;
        }
        if (m.start() > from) {
          segments.add(new Segment(line.substring(from, m.start()), false));
        }
        segments.add(new Segment(name, true));
        from = m.end();
      }
      if (from < line.length()) {
        segments.add(new Segment(line.substring(from), false));
      }
      lines.add(segments);
    }
    return lines;
  }

  /** The text with each mention as the person's name, for e-mail and search. */
  static String plain(String text, Map<String, String> names) {
    StringBuilder out = new StringBuilder();
    List<List<Segment>> lines = lines(text, names);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      lines.get(i).forEach(s -> out.append(s.text()));
    }
    return out.toString();
  }

  static String shorten(String text, int max) {
    if (text == null) {
      return "";
    }
    return text.length() > max ? text.substring(0, max - 1) + "…" : text;
  }
}
