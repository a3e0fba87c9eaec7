package eu.pharos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Templates hold no text a user reads unless it comes from the message bundles, so that every page
 * speaks every language of the shell; and every message key they name exists in English.
 */
class TemplateTextTest {

  private static final Path TEMPLATES = MessageBundleFiles.RESOURCES.resolve("templates");

  private static final Set<String> TEXT_ATTRIBUTES =
      Set.of("alt", "title", "aria-label", "placeholder");

  /** Attributes that set the element's text, replacing what the template holds. */
  private static final Set<String> TEXT_SETTERS =
      Set.of(
          "th:text",
          "th:utext",
          "th:errors",
          "data-th-text",
          "data-th-utext",
          "sec:authentication");

  /**
   * A fragment expression that picks parts of its own template, as pages do to fill the layout:
   * those parts are rendered, so their text counts.
   */
  private static final Pattern OWN_FRAGMENTS = Pattern.compile("~\\{\\s*(?:this\\s*)?::");

  private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]");
  private static final Pattern PRODUCT_NAME = Pattern.compile("\\bPharos\\b");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /** {@code #{key}} or {@code #{key(args)}}; anything else after {@code #{} builds the key. */
  private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{\\s*([\\w.\\-]*)\\s*(.?)");

  static Stream<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(file -> file.toString().endsWith(".html")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void holdsNoHardCodedText(Path template) throws IOException {
    Document page =
        Jsoup.parse(Files.readString(template), "", Parser.htmlParser().setTrackPosition(true));

    List<String> problems = new ArrayList<>();
    for (Element element : page.getAllElements()) {
      if (isDiscarded(element)) {
        continue;
      }
      String text = INLINED_EXPRESSION.matcher(element.ownText()).replaceAll("");
      if (isWords(text)
          && !setsText(element)
          && !takesFragmentFromElsewhere(element, "th:insert")) {
        problems.add(describe(element) + " holds the text \"" + element.ownText().strip() + "\"");
      }
      for (String attribute : TEXT_ATTRIBUTES) {
        if (isWords(element.attr(attribute)) && !setsAttribute(element, attribute)) {
          problems.add(
              describe(element)
                  + " holds the "
                  + attribute
                  + " \""
                  + element.attr(attribute)
                  + "\"");
        }
      }
    }

    assertThat(problems)
        .as("text in %s that does not come from a message bundle", template)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void namesOnlyMessageKeysThatExistInEnglish(Path template) throws IOException {
    Set<String> english = MessageBundleFiles.english().keySet();

    List<String> unknown = new ArrayList<>();
    Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
    while (key.find()) {
      boolean literal =
          !key.group(1).isEmpty() && (key.group(2).equals("}") || key.group(2).equals("("));
      if (literal && !english.contains(key.group(1))) {
        unknown.add(key.group(1));
      }
    }

    assertThat(unknown).as("message keys in %s that no English bundle has", template).isEmpty();
  }

  /** Whether Thymeleaf drops the element: it or an ancestor is replaced or removed. */
  private static boolean isDiscarded(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.attr("th:remove").equals("all") || takesFragmentFromElsewhere(e, "th:replace")) {
        return true;
      }
      boolean dropsBody =
          setsText(e)
              || takesFragmentFromElsewhere(e, "th:insert")
              || e.attr("th:remove").equals("body")
              || e.nameIs("script")
              || e.nameIs("style");
      if (e != element && dropsBody) {
        return true;
      }
    }
    return false;
  }

  private static boolean setsText(Element element) {
    return TEXT_SETTERS.stream().anyMatch(element::hasAttr);
  }

  private static boolean takesFragmentFromElsewhere(Element element, String attribute) {
    return element.hasAttr(attribute) && !OWN_FRAGMENTS.matcher(element.attr(attribute)).find();
  }

  private static boolean setsAttribute(Element element, String attribute) {
    return element.hasAttr("th:" + attribute)
        || element.hasAttr("data-th-" + attribute)
        || (element.hasAttr("th:alt-title")
            && (attribute.equals("alt") || attribute.equals("title")))
        || Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=")
            .matcher(element.attr("th:attr"))
            .find();
  }

  /** Text with letters in it, once the product name, numbers and punctuation are set aside. */
  private static boolean isWords(String text) {
    return LETTER.matcher(PRODUCT_NAME.matcher(text).replaceAll("")).find();
  }

  private static String describe(Element element) {
    return "line " + element.sourceRange().start().lineNumber() + " <" + element.tagName() + ">";
  }
}
