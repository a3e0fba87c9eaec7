package eu.pharos.standards.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class FrameworkFilesTest {

  private static final String SMALL =
      """
      code: small
      version: "2"
      languages: [en, fr]
      name: {en: Small, fr: Petit}
      scales:
        - code: yes-no
          levels:
            - {value: 0, label: {en: "No"}}
            - {value: 1, label: {en: "Yes"}}
      standards:
        - code: "1"
          title: {en: One}
          criteria:
            - code: "1.1"
              title: {en: One one}
              indicators:
                - code: "1.1.1"
                  title: {en: First}
                  scale: yes-no
                - code: "1.1.2"
                  title: {en: Second, fr: Deuxième}
                  scale: yes-no
                  required: false
      """;

  static byte[] illustrative() throws IOException {
    try (InputStream in =
        FrameworkFilesTest.class.getResourceAsStream("/standards/illustrative-framework.yaml")) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsTheIllustrativeFrameworkWithoutProblem() throws IOException {
    FrameworkFileRead read = FrameworkFiles.read(illustrative(), FrameworkFormat.YAML);

    assertThat(read.problems()).isEmpty();
    FrameworkDocument document = read.document().orElseThrow();
    assertThat(document.illustrative()).isTrue();
    assertThat(document.name().in("en")).startsWith("Illustrative framework");
    assertThat(document.languages()).containsExactly("en", "fr", "de", "pt", "nl");
    assertThat(document.standards()).hasSize(9);
    assertThat(document.indicatorCount()).isBetween(40, 50);
    assertThat(document.scales()).singleElement().satisfies(s -> assertThat(s.levels()).hasSize(4));
    for (StandardDocument standard : document.standards()) {
      assertThat(standard.title().texts()).containsOnlyKeys(document.languages());
      assertThat(standard.criteria()).hasSizeBetween(2, 3);
      for (CriterionDocument criterion : standard.criteria()) {
        assertThat(criterion.title().texts()).containsOnlyKeys(document.languages());
        assertThat(criterion.indicators()).hasSizeBetween(2, 3);
        for (IndicatorDocument indicator : criterion.indicators()) {
          assertThat(indicator.title().texts()).containsOnlyKeys(document.languages());
          assertThat(indicator.guidance().in("en")).isNotBlank();
          assertThat(indicator.evidence().in("en")).isNotBlank();
        }
      }
    }
    assertThat(
            document.standards().stream()
                .flatMap(s -> s.criteria().stream())
                .flatMap(c -> c.indicators().stream())
                .filter(i -> !i.required()))
        .isNotEmpty();
  }

  @Test
  void writesAndReadsBackTheSameDocumentInBothFormats() throws IOException {
    FrameworkDocument document =
        FrameworkFiles.read(illustrative(), FrameworkFormat.YAML).document().orElseThrow();

    for (FrameworkFormat format : FrameworkFormat.values()) {
      byte[] written = FrameworkFiles.write(document, format);
      FrameworkFileRead again = FrameworkFiles.read(written, format);

      assertThat(again.problems()).as(format.name()).isEmpty();
      assertThat(again.document()).as(format.name()).contains(document);
      assertThat(FrameworkFiles.write(again.document().orElseThrow(), format)).isEqualTo(written);
    }
  }

  @Test
  void keepsTheVersionAndCodesAsTextAndTheRequiredFlag() {
    FrameworkDocument document = read(SMALL).document().orElseThrow();
    byte[] yaml = FrameworkFiles.write(document, FrameworkFormat.YAML);
    String text = new String(yaml, StandardCharsets.UTF_8);

    assertThat(text).contains("version: '2'").contains("code: '1.1'").contains("required: false");
    assertThat(
            new String(
                FrameworkFiles.write(document, FrameworkFormat.JSON), StandardCharsets.UTF_8))
        .contains("\"version\" : \"2\"");
    IndicatorDocument second = document.standards().get(0).criteria().get(0).indicators().get(1);
    assertThat(second.required()).isFalse();
    assertThat(second.title().in("fr")).isEqualTo("Deuxième");
    assertThat(document.standards().get(0).criteria().get(0).indicators().get(0).title().in("fr"))
        .as("falls back to the original language")
        .isEqualTo("First");
  }

  @Test
  void readsJsonIndentedWithTabs() {
    String json =
        "{\n\t\"code\": \"j\",\n\t\"version\": \"1\",\n\t\"languages\": [\"en\"],\n"
            + "\t\"name\": {\"en\": \"J\"},\n"
            + "\t\"scales\": [{\"code\": \"s\", \"levels\": [{\"value\": 1, \"label\": {\"en\": \"One\"}}]}],\n"
            + "\t\"standards\": [{\"code\": \"1\", \"title\": {\"en\": \"T\"}, \"criteria\": [\n"
            + "\t\t{\"code\": \"1.1\", \"title\": {\"en\": \"C\"}, \"indicators\": [\n"
            + "\t\t\t{\"code\": \"1.1.1\", \"title\": {\"en\": \"I\"}, \"scale\": \"s\", \"required\": true}]}]}]\n}\n";

    FrameworkFileRead read =
        FrameworkFiles.read(json.getBytes(StandardCharsets.UTF_8), FrameworkFormat.JSON);

    assertThat(read.problems()).isEmpty();
    assertThat(read.document().orElseThrow().indicatorCount()).isEqualTo(1);
  }

  @Test
  void reportsBrokenSyntaxWithItsLine() {
    FrameworkFileRead read = read(SMALL.replace("  title: {en: One}", "  title: {en: One"));

    assertThat(read.ok()).isFalse();
    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.messageKey()).isEqualTo("standards.framework.file.syntax");
              assertThat(p.line()).isBetween(12, 13);
            });
  }

  @Test
  void reportsADuplicateIndicatorCodeNamingBothLines() {
    FrameworkFileRead read = read(SMALL.replace("code: \"1.1.2\"", "code: \"1.1.1\""));

    assertThat(read.problems())
        .containsExactly(
            new FileProblem(
                20,
                "standards[0].criteria[0].indicators[1].code",
                "standards.framework.file.duplicate-code",
                List.of("1.1.1", 17)));
  }

  @Test
  void reportsAnUnknownScale() {
    FrameworkFileRead read =
        read(SMALL.replace("yes-no\n            required", "maturity\n            required"));

    assertThat(read.problems())
        .containsExactly(
            new FileProblem(
                22,
                "standards[0].criteria[0].indicators[1].scale",
                "standards.framework.file.unknown-scale",
                List.of("maturity")));
  }

  @Test
  void reportsATitleMissingInTheOriginalLanguage() {
    FrameworkFileRead read = read(SMALL.replace("title: {en: One one}", "title: {fr: Un un}"));

    assertThat(read.problems())
        .containsExactly(
            new FileProblem(
                15,
                "standards[0].criteria[0].title",
                "standards.framework.file.missing-original",
                List.of("en")));
  }

  @Test
  void reportsAWrongTypeAndAMissingField() {
    FrameworkFileRead read =
        read(
            SMALL
                .replace("title: {en: One}\n", "title: One\n")
                .replace("name: {en: Small, fr: Petit}\n", ""));

    assertThat(read.problems())
        .extracting(FileProblem::line, FileProblem::path, FileProblem::messageKey)
        .containsExactly(
            Tuple.tuple(1, "name", "standards.framework.file.missing"),
            Tuple.tuple(11, "standards[0].title", "standards.framework.file.not-local-text"));
  }

  @Test
  void reportsEveryProblemOfAFileAtOnce() {
    String broken =
        SMALL
            .replace("code: small", "code: small framework")
            .replace("languages: [en, fr]", "languages: [en, fr, en]")
            .replace("name: {en: Small, fr: Petit}", "name: {en: Small, es: Pequeño}")
            .replace("- {value: 1, label: {en: \"Yes\"}}", "- {value: 0, label: {en: \"Yes\"}}")
            .replace("  title: {en: First}", "  title: {en: First}\n            weight: 2");

    assertThat(read(broken).problems())
        .extracting(FileProblem::line, FileProblem::messageKey)
        .containsExactly(
            Tuple.tuple(1, "standards.framework.file.code-syntax"),
            Tuple.tuple(3, "standards.framework.file.duplicate-language"),
            Tuple.tuple(4, "standards.framework.file.unknown-language"),
            Tuple.tuple(9, "standards.framework.file.duplicate-level"),
            Tuple.tuple(19, "standards.framework.file.unknown-field"));
  }

  @Test
  void reportsEmptyListsOverlongTextsAndAnEmptyFile() {
    assertThat(read(SMALL.replace("languages: [en, fr]", "languages: []")).problems())
        .extracting(FileProblem::messageKey)
        .contains("standards.framework.file.empty-list");
    assertThat(read(SMALL.replace("{en: Small,", "{en: " + "x".repeat(201) + ",")).problems())
        .extracting(FileProblem::line, FileProblem::messageKey, FileProblem::args)
        .containsExactly(Tuple.tuple(4, "standards.framework.file.too-long", List.of(200, 201)));
    assertThat(read("").problems())
        .extracting(FileProblem::messageKey)
        .containsExactly("standards.framework.file.empty");
    assertThat(read("- a\n- b\n").problems())
        .extracting(FileProblem::line, FileProblem::messageKey)
        .containsExactly(Tuple.tuple(1, "standards.framework.file.not-mapping"));
  }

  @Test
  void refusesAliasBombsAndJavaTagsWithoutBuildingAnything() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      bomb.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(p)
          .append(", *")
          .append(p)
          .append("]\n");
    }
    assertThat(read(bomb.toString()).ok()).isFalse();

    FrameworkFileRead tagged =
        read(SMALL.replace("code: small", "code: !!javax.script.ScriptEngineManager [x]"));
    assertThat(tagged.problems())
        .extracting(FileProblem::line, FileProblem::messageKey)
        .as("SnakeYAML refuses global tags before anything is built")
        .containsExactly(Tuple.tuple(1, "standards.framework.file.syntax"));
  }

  @Test
  void tellsTheFormatFromTheNameOrTheContent() {
    assertThat(FrameworkFormat.of("f.JSON", new byte[0])).isEqualTo(FrameworkFormat.JSON);
    assertThat(FrameworkFormat.of("f.yml", "{}".getBytes())).isEqualTo(FrameworkFormat.YAML);
    assertThat(FrameworkFormat.of("upload", " \n{\"a\":1}".getBytes()))
        .isEqualTo(FrameworkFormat.JSON);
    assertThat(FrameworkFormat.of(null, "code: x".getBytes())).isEqualTo(FrameworkFormat.YAML);
  }

  private static FrameworkFileRead read(String yaml) {
    return FrameworkFiles.read(yaml.getBytes(StandardCharsets.UTF_8), FrameworkFormat.YAML);
  }
}
