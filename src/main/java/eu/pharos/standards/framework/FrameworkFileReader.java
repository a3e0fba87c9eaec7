package eu.pharos.standards.framework;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Reads a framework file into a {@link FrameworkDocument}, or reports every problem with its line.
 * The file is only composed into SnakeYAML's node tree, which keeps the line of every node and
 * builds no Java object from the file's tags; JSON is read the same way, as YAML. One reader reads
 * one file.
 */
final class FrameworkFileReader {

  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_NAME = 200;
  static final int MAX_TITLE = 500;
  static final int MAX_LABEL = 100;
  static final int MAX_LONG_TEXT = 10_000;

  private static final String KEY = "standards.framework.file.";
  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,59}");
  static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,19}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private static final Set<String> FRAMEWORK_FIELDS =
      Set.of(
          "code",
          "version",
          "illustrative",
          "languages",
          "name",
          "description",
          "scales",
          "standards");
  private static final Set<String> SCALE_FIELDS = Set.of("code", "levels");
  private static final Set<String> LEVEL_FIELDS = Set.of("value", "label");
  private static final Set<String> STANDARD_FIELDS =
      Set.of("code", "title", "description", "criteria");
  private static final Set<String> CRITERION_FIELDS = Set.of("code", "title", "indicators");
  private static final Set<String> INDICATOR_FIELDS =
      Set.of("code", "title", "guidance", "evidence", "scale", "required");

  private final List<FileProblem> problems = new ArrayList<>();
  private List<String> languages = List.of();
  private boolean languagesKnown;
  private final Map<String, Integer> scaleCodes = new HashMap<>();
  private final Map<String, Integer> standardCodes = new HashMap<>();
  private final Map<String, Integer> criterionCodes = new HashMap<>();
  private final Map<String, Integer> indicatorCodes = new HashMap<>();

  FrameworkFileRead read(byte[] content) {
    if (content.length > MAX_BYTES) {
      return FrameworkFileRead.failed(
          List.of(FileProblem.of(0, "", KEY + "too-large", MAX_BYTES / (1024 * 1024))));
    }
    Node root;
    try {
      root = yaml().compose(new UnicodeReader(new ByteArrayInputStream(content)));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      return FrameworkFileRead.failed(
          List.of(
              FileProblem.of(
                  mark == null ? 0 : mark.getLine() + 1,
                  "",
                  KEY + "syntax",
                  mark == null ? 0 : mark.getColumn() + 1)));
    } catch (YAMLException e) {
      // not text (binary, a wrong encoding, control characters) or over a loader limit
      return FrameworkFileRead.failed(List.of(FileProblem.of(0, "", KEY + "unreadable")));
    }
    if (root == null) {
      return FrameworkFileRead.failed(List.of(FileProblem.of(0, "", KEY + "empty")));
    }
    FrameworkDocument document = framework(root);
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(FileProblem::line));
      return FrameworkFileRead.failed(problems);
    }
    return FrameworkFileRead.of(document);
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(5);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(MAX_BYTES);
    options.setProcessComments(false);
    return new Yaml(options);
  }

  private FrameworkDocument framework(Node root) {
    Map<String, Node> fields = fields(root, "", FRAMEWORK_FIELDS);
    if (fields == null) {
      return null;
    }
    int line = line(root);
    String code = code(fields, "code", "", line);
    String version = scalar(fields, "version", "", line, true);
    if (version != null && !VERSION.matcher(version).matches()) {
      problem(fields.get("version"), "version", "version-syntax", version);
    }
    boolean illustrative = flag(fields, "illustrative", "", false);
    languages(fields, line);
    LocalText name = text(fields, "name", "", line, true, MAX_NAME);
    LocalText description = text(fields, "description", "", line, false, MAX_LONG_TEXT);
    List<ScaleDocument> scales = new ArrayList<>();
    int index = 0;
    for (Node node : list(fields, "scales", "", line)) {
      scales.add(scale(node, "scales[" + index++ + "]"));
    }
    List<StandardDocument> standards = new ArrayList<>();
    index = 0;
    for (Node node : list(fields, "standards", "", line)) {
      standards.add(standard(node, "standards[" + index++ + "]"));
    }
    return new FrameworkDocument(
        code, version, illustrative, languages, name, description, scales, standards);
  }

  private void languages(Map<String, Node> fields, int line) {
    List<Node> nodes = list(fields, "languages", "", line);
    List<String> found = new ArrayList<>();
    int index = 0;
    for (Node node : nodes) {
      String path = "languages[" + index++ + "]";
      String language = scalar(node, path);
      if (language == null) {
        problem(node, path, "missing", path);
      } else if (!LANGUAGE.matcher(language).matches()) {
        problem(node, path, "language-syntax", language);
      } else if (found.contains(language)) {
        problem(node, path, "duplicate-language", language);
      } else {
        found.add(language);
      }
    }
    languages = found;
    languagesKnown = !found.isEmpty();
  }

  private ScaleDocument scale(Node node, String path) {
    Map<String, Node> fields = fields(node, path, SCALE_FIELDS);
    if (fields == null) {
      return null;
    }
    String code = code(fields, "code", path, line(node));
    unique(code, fields.get("code"), path + ".code", scaleCodes, "duplicate-scale");
    List<ScaleLevel> levels = new ArrayList<>();
    Map<Integer, Integer> values = new HashMap<>();
    int index = 0;
    for (Node levelNode : list(fields, "levels", path, line(node))) {
      String levelPath = path + ".levels[" + index++ + "]";
      Map<String, Node> level = fields(levelNode, levelPath, LEVEL_FIELDS);
      if (level == null) {
        continue;
      }
      Integer value = number(level, "value", levelPath, line(levelNode));
      if (value != null) {
        Integer first = values.putIfAbsent(value, line(level.get("value")));
        if (first != null) {
          problem(level.get("value"), levelPath + ".value", "duplicate-level", value, first);
        }
      }
      LocalText label = text(level, "label", levelPath, line(levelNode), true, MAX_LABEL);
      levels.add(new ScaleLevel(value == null ? 0 : value, label));
    }
    return new ScaleDocument(code, levels);
  }

  private StandardDocument standard(Node node, String path) {
    Map<String, Node> fields = fields(node, path, STANDARD_FIELDS);
    if (fields == null) {
      return null;
    }
    int line = line(node);
    String code = code(fields, "code", path, line);
    unique(code, fields.get("code"), path + ".code", standardCodes, "duplicate-code");
    LocalText title = text(fields, "title", path, line, true, MAX_TITLE);
    LocalText description = text(fields, "description", path, line, false, MAX_LONG_TEXT);
    List<CriterionDocument> criteria = new ArrayList<>();
    int index = 0;
    for (Node criterion : list(fields, "criteria", path, line)) {
      criteria.add(criterion(criterion, path + ".criteria[" + index++ + "]"));
    }
    return new StandardDocument(code, title, description, criteria);
  }

  private CriterionDocument criterion(Node node, String path) {
    Map<String, Node> fields = fields(node, path, CRITERION_FIELDS);
    if (fields == null) {
      return null;
    }
    int line = line(node);
    String code = code(fields, "code", path, line);
    unique(code, fields.get("code"), path + ".code", criterionCodes, "duplicate-code");
    LocalText title = text(fields, "title", path, line, true, MAX_TITLE);
    List<IndicatorDocument> indicators = new ArrayList<>();
    int index = 0;
    for (Node indicator : list(fields, "indicators", path, line)) {
      indicators.add(indicator(indicator, path + ".indicators[" + index++ + "]"));
    }
    return new CriterionDocument(code, title, indicators);
  }

  private IndicatorDocument indicator(Node node, String path) {
    Map<String, Node> fields = fields(node, path, INDICATOR_FIELDS);
    if (fields == null) {
      return null;
    }
    int line = line(node);
    String code = code(fields, "code", path, line);
    unique(code, fields.get("code"), path + ".code", indicatorCodes, "duplicate-code");
    LocalText title = text(fields, "title", path, line, true, MAX_TITLE);
    LocalText guidance = text(fields, "guidance", path, line, false, MAX_LONG_TEXT);
    LocalText evidence = text(fields, "evidence", path, line, false, MAX_LONG_TEXT);
    String scale = scalar(fields, "scale", path, line, true);
    if (scale != null && !scaleCodes.containsKey(scale)) {
      problem(fields.get("scale"), path + ".scale", "unknown-scale", scale);
    }
    boolean required = flag(fields, "required", path, true);
    return new IndicatorDocument(code, title, guidance, evidence, scale, required);
  }

  // --- the tree's building blocks

  /**
   * The fields of a mapping by name, or null (with its problem) when the node is no mapping. Keys
   * that are not text, appear twice or are unknown are reported.
   */
  private Map<String, Node> fields(Node node, String path, Set<String> known) {
    if (!(node instanceof MappingNode mapping)) {
      problem(node, path, "not-mapping");
      return null;
    }
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
      String keyPath = path.isEmpty() ? key : path + "." + key;
      if (key == null) {
        problem(tuple.getKeyNode(), path, "not-field-name");
      } else if (fields.containsKey(key)) {
        problem(tuple.getKeyNode(), keyPath, "duplicate-field", key, line(fields.get(key)));
      } else if (known != null && !known.contains(key)) {
        problem(tuple.getKeyNode(), keyPath, "unknown-field", key);
      } else {
        fields.put(key, tuple.getValueNode());
      }
    }
    return fields;
  }

  private List<Node> list(Map<String, Node> fields, String key, String path, int parentLine) {
    Node node = fields.get(key);
    String at = at(path, key);
    if (node == null || isNull(node)) {
      problems.add(FileProblem.of(node == null ? parentLine : line(node), at, KEY + "missing", at));
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      problem(node, at, "not-list");
      return List.of();
    }
    if (sequence.getValue().isEmpty()) {
      problem(node, at, "empty-list");
    }
    return sequence.getValue();
  }

  private String code(Map<String, Node> fields, String key, String path, int parentLine) {
    String code = scalar(fields, key, path, parentLine, true);
    if (code != null && !CODE.matcher(code).matches()) {
      problem(fields.get(key), at(path, key), "code-syntax", code);
      return null;
    }
    return code;
  }

  private void unique(
      String code, Node node, String path, Map<String, Integer> seen, String messageKey) {
    if (code == null) {
      return;
    }
    Integer first = seen.putIfAbsent(code, line(node));
    if (first != null) {
      problem(node, path, messageKey, code, first);
    }
  }

  private String scalar(
      Map<String, Node> fields, String key, String path, int parentLine, boolean required) {
    Node node = fields.get(key);
    String at = at(path, key);
    String value = node == null ? null : scalar(node, at);
    if (value == null && required && (node == null || node instanceof ScalarNode)) {
      problems.add(FileProblem.of(node == null ? parentLine : line(node), at, KEY + "missing", at));
    }
    return value;
  }

  /** The text of a scalar, null for a null or blank one; a mapping or list is reported. */
  private String scalar(Node node, String path) {
    if (!(node instanceof ScalarNode scalar)) {
      problem(node, path, "not-text");
      return null;
    }
    if (isNull(scalar) || scalar.getValue().isBlank()) {
      return null;
    }
    return scalar.getValue().strip();
  }

  private Integer number(Map<String, Node> fields, String key, String path, int parentLine) {
    String value = scalar(fields, key, path, parentLine, true);
    if (value == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(value);
      if (Math.abs(number) > 1000) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      problem(fields.get(key), at(path, key), "not-number", value);
      return null;
    }
  }

  private boolean flag(Map<String, Node> fields, String key, String path, boolean otherwise) {
    Node node = fields.get(key);
    if (node == null || isNull(node)) {
      return otherwise;
    }
    if (node instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
      return switch (scalar.getValue().toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes", "on", "y" -> true;
        default -> false;
      };
    }
    problem(node, at(path, key), "not-boolean");
    return otherwise;
  }

  /**
   * A text in the framework's languages: a mapping language → text. The original (first) language
   * must be there; other languages are optional.
   */
  private LocalText text(
      Map<String, Node> fields,
      String key,
      String path,
      int parentLine,
      boolean required,
      int maxLength) {
    Node node = fields.get(key);
    String at = at(path, key);
    if (node == null || isNull(node)) {
      if (required) {
        problems.add(
            FileProblem.of(node == null ? parentLine : line(node), at, KEY + "missing", at));
      }
      return LocalText.of(Map.of());
    }
    if (!(node instanceof MappingNode)) {
      problem(node, at, "not-local-text");
      return LocalText.of(Map.of());
    }
    Map<String, Node> byLanguage = fields(node, at, null);
    Map<String, String> texts = new LinkedHashMap<>();
    boolean original = false;
    for (Map.Entry<String, Node> entry : byLanguage.entrySet()) {
      String language = entry.getKey();
      String textPath = at + "." + language;
      String text = scalar(entry.getValue(), textPath);
      original |= text != null && languagesKnown && language.equals(languages.get(0));
      if (languagesKnown && !languages.contains(language)) {
        problem(
            entry.getValue(), textPath, "unknown-language", language, String.join(", ", languages));
      } else if (text != null && text.length() > maxLength) {
        problem(entry.getValue(), textPath, "too-long", maxLength, text.length());
      } else if (text != null) {
        texts.put(language, text);
      }
    }
    if (languagesKnown && !original && (required || !byLanguage.isEmpty())) {
      problem(node, at, "missing-original", languages.get(0));
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String language : languages) {
      if (texts.containsKey(language)) {
        ordered.put(language, texts.get(language));
      }
    }
    return LocalText.of(languagesKnown ? ordered : texts);
  }

  private void problem(Node node, String path, String messageKey, Object... args) {
    problems.add(FileProblem.of(line(node), path, KEY + messageKey, args));
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
  }

  private static int line(Node node) {
    return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private static String at(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
