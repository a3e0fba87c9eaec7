package eu.pharos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle Pharos reads exists in every language of the shell, with exactly the English keys,
 * no empty message, and the placeholders and phone numbers of the English message.
 */
class MessageBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^{}]*}");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?: \\d{3})*");

  static Stream<Arguments> translations() {
    return MessageBundleFiles.basenames().stream()
        .flatMap(
            basename ->
                Languages.SUPPORTED.stream()
                    .filter(language -> !language.equals(Languages.DEFAULT))
                    .map(language -> Arguments.of(basename, language)));
  }

  static Stream<Arguments> everyLanguage() {
    return MessageBundleFiles.basenames().stream()
        .flatMap(
            basename ->
                Languages.SUPPORTED.stream().map(language -> Arguments.of(basename, language)));
  }

  @Test
  void everyListedBundleExistsInEnglish() {
    assertThat(MessageBundleFiles.basenames())
        .isNotEmpty()
        .allSatisfy(
            basename ->
                assertThat(MessageBundleFiles.file(basename, Languages.DEFAULT)).isRegularFile());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("translations")
  void translationHasExactlyTheEnglishKeys(String basename, Locale language) {
    Path file = MessageBundleFiles.file(basename, language);
    assertThat(file)
        .as("the %s translation of %s", language.getDisplayLanguage(Locale.ENGLISH), basename)
        .isRegularFile();
    Set<String> english =
        MessageBundleFiles.read(MessageBundleFiles.file(basename, Languages.DEFAULT))
            .messages()
            .keySet();
    Set<String> translated = MessageBundleFiles.read(file).messages().keySet();

    Set<String> missing = new TreeSet<>(english);
    missing.removeAll(translated);
    Set<String> extra = new TreeSet<>(translated);
    extra.removeAll(english);

    assertSoftly(
        softly -> {
          softly.assertThat(missing).as("keys of the English bundle missing in %s", file).isEmpty();
          softly
              .assertThat(extra)
              .as("keys in %s that the English bundle does not have", file)
              .isEmpty();
        });
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyLanguage")
  void noMessageIsEmptyOrDefinedTwice(String basename, Locale language) {
    Path file = MessageBundleFiles.file(basename, language);
    assumeTrue(Files.isRegularFile(file), "a missing file is reported by its key check");
    MessageBundleFiles.Bundle bundle = MessageBundleFiles.read(file);

    List<String> empty =
        bundle.messages().entrySet().stream()
            .filter(message -> message.getValue().isBlank())
            .map(Map.Entry::getKey)
            .toList();

    assertSoftly(
        softly -> {
          softly.assertThat(empty).as("empty messages in %s", file).isEmpty();
          softly.assertThat(bundle.duplicateKeys()).as("keys defined twice in %s", file).isEmpty();
        });
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyLanguage")
  void keepsThePlaceholdersAndNumbersOfTheEnglishMessage(String basename, Locale language) {
    Map<String, String> english =
        MessageBundleFiles.read(MessageBundleFiles.file(basename, Languages.DEFAULT)).messages();
    Path file = MessageBundleFiles.file(basename, language);
    assumeTrue(Files.isRegularFile(file), "a missing file is reported by its key check");
    Map<String, String> translated = MessageBundleFiles.read(file).messages();

    List<String> problems = new ArrayList<>();
    english.forEach(
        (key, englishMessage) -> {
          String message = translated.get(key);
          if (message == null) {
            return;
          }
          Set<Integer> wanted = placeholders(englishMessage);
          if (!wanted.isEmpty()) {
            String shown = shownPlaceholders(message, language);
            if (!shown.equals(wanted.toString())) {
              problems.add(key + " shows placeholders " + shown + " instead of " + wanted);
            }
          }
          for (String number : numbers(englishMessage)) {
            if (!message.contains(number)) {
              problems.add(key + " lost the number " + number);
            }
          }
        });

    assertThat(problems).as(file.toString()).isEmpty();
  }

  private static Set<Integer> placeholders(String message) {
    return PLACEHOLDER
        .matcher(message)
        .results()
        .map(match -> Integer.valueOf(match.group(1)))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Which placeholders survive formatting, as the message source formats messages with arguments: a
   * lone apostrophe, for one, quotes the rest of the message and hides its placeholders.
   */
  private static String shownPlaceholders(String message, Locale language) {
    // Markers stand in for the arguments; typed placeholders such as {0,number} take them as text.
    String untyped = PLACEHOLDER.matcher(message).replaceAll(m -> "{" + m.group(1) + "}");
    Object[] markers = IntStream.range(0, 20).mapToObj(i -> "\u27e6" + i + "\u27e7").toArray();
    String formatted;
    try {
      formatted = new MessageFormat(untyped, language).format(markers);
    } catch (IllegalArgumentException e) {
      return "none (not a valid message pattern: " + e.getMessage() + ")";
    }
    Set<Integer> shown = new TreeSet<>();
    Matcher marker = Pattern.compile("\u27e6(\\d+)\u27e7").matcher(formatted);
    while (marker.find()) {
      shown.add(Integer.valueOf(marker.group(1)));
    }
    return shown.toString();
  }

  private static List<String> numbers(String message) {
    String withoutPlaceholders = PLACEHOLDER.matcher(message).replaceAll("");
    return NUMBER.matcher(withoutPlaceholders).results().map(MatchResult::group).toList();
  }
}
