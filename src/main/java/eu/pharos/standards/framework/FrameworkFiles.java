package eu.pharos.standards.framework;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes framework files, YAML or JSON: one tree, described in {@code
 * standards/illustrative-framework.yaml}. Reading reports every problem of a file with its line;
 * writing then reading gives back the same document.
 */
public final class FrameworkFiles {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private FrameworkFiles() {}

  /** The document in the file, or every problem of the file. Both formats are read as YAML. */
  public static FrameworkFileRead read(byte[] content, FrameworkFormat format) {
    // JSON is YAML's flow style: one reader gives lines and the same checks for both formats. A tab
    // is whitespace anywhere in valid JSON (never inside a string), but YAML refuses it at the
    // start
    // of a line.
    byte[] text = content;
    if (format == FrameworkFormat.JSON) {
      text = content.clone();
      for (int i = 0; i < text.length; i++) {
        if (text[i] == '\t') {
          text[i] = ' ';
        }
      }
    }
    return new FrameworkFileReader().read(text);
  }

  public static byte[] write(FrameworkDocument document, FrameworkFormat format) {
    Map<String, Object> tree = tree(document);
    return switch (format) {
      case YAML -> yaml().dump(tree).getBytes(StandardCharsets.UTF_8);
      case JSON -> JSON.writeValueAsBytes(tree);
    };
  }

  /** The document of a stored framework, to write as a file. */
  public static FrameworkDocument document(FrameworkTree tree) {
    List<StandardDocument> standards = new ArrayList<>();
    for (FrameworkTree.StandardNode standard : tree.standards()) {
      List<CriterionDocument> criteria = new ArrayList<>();
      for (FrameworkTree.CriterionNode criterion : standard.criteria()) {
        criteria.add(
            new CriterionDocument(
                criterion.code(),
                criterion.title(),
                criterion.indicators().stream()
                    .map(
                        i ->
                            new IndicatorDocument(
                                i.code(),
                                i.title(),
                                i.guidance(),
                                i.evidence(),
                                i.scaleCode(),
                                i.required()))
                    .toList()));
      }
      standards.add(
          new StandardDocument(
              standard.code(), standard.title(), standard.description(), criteria));
    }
    return new FrameworkDocument(
        tree.code(),
        tree.version(),
        tree.illustrative(),
        tree.languages(),
        tree.name(),
        tree.description(),
        tree.scales().stream().map(s -> new ScaleDocument(s.code(), s.levels())).toList(),
        standards);
  }

  private static Yaml yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setAllowUnicode(true);
    options.setSplitLines(false);
    options.setWidth(Integer.MAX_VALUE / 2);
    return new Yaml(options);
  }

  private static Map<String, Object> tree(FrameworkDocument document) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("code", document.code());
    tree.put("version", document.version());
    if (document.illustrative()) {
      tree.put("illustrative", true);
    }
    tree.put("languages", document.languages());
    tree.put("name", document.name().texts());
    putText(tree, "description", document.description());
    List<Object> scales = new ArrayList<>();
    for (ScaleDocument scale : document.scales()) {
      List<Object> levels = new ArrayList<>();
      for (ScaleLevel level : scale.levels()) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("value", level.value());
        node.put("label", level.label().texts());
        levels.add(node);
      }
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("code", scale.code());
      node.put("levels", levels);
      scales.add(node);
    }
    tree.put("scales", scales);
    List<Object> standards = new ArrayList<>();
    for (StandardDocument standard : document.standards()) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("code", standard.code());
      node.put("title", standard.title().texts());
      putText(node, "description", standard.description());
      List<Object> criteria = new ArrayList<>();
      for (CriterionDocument criterion : standard.criteria()) {
        criteria.add(criterion(criterion));
      }
      node.put("criteria", criteria);
      standards.add(node);
    }
    tree.put("standards", standards);
    return tree;
  }

  private static Map<String, Object> criterion(CriterionDocument criterion) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("code", criterion.code());
    node.put("title", criterion.title().texts());
    List<Object> indicators = new ArrayList<>();
    for (IndicatorDocument indicator : criterion.indicators()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", indicator.code());
      item.put("title", indicator.title().texts());
      putText(item, "guidance", indicator.guidance());
      putText(item, "evidence", indicator.evidence());
      item.put("scale", indicator.scale());
      if (!indicator.required()) {
        item.put("required", false);
      }
      indicators.add(item);
    }
    node.put("indicators", indicators);
    return node;
  }

  private static void putText(Map<String, Object> node, String key, LocalText text) {
    if (text != null && !text.texts().isEmpty()) {
      node.put(key, text.texts());
    }
  }
}
