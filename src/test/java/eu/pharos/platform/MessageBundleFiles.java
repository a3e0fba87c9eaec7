package eu.pharos.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * The message bundles as Pharos reads them: the basenames listed in application.yml, English in
 * {@code <name>.properties}, every other language in {@code <name>_<language>.properties}, all in
 * UTF-8.
 */
final class MessageBundleFiles {

  static final Path RESOURCES = Path.of("src", "main", "resources");

  private MessageBundleFiles() {}

  /** The basenames of {@code spring.messages.basename}, such as {@code i18n/messages}. */
  static List<String> basenames() {
    PropertySource<?> yaml = applicationYaml();
    List<String> names = new ArrayList<>();
    Object joined = yaml.getProperty("spring.messages.basename");
    if (joined != null) {
      Arrays.stream(joined.toString().split(",")).forEach(names::add);
    }
    for (int i = 0; yaml.getProperty("spring.messages.basename[" + i + "]") != null; i++) {
      names.add(yaml.getProperty("spring.messages.basename[" + i + "]").toString());
    }
    return names.stream()
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .map(name -> name.startsWith("classpath:") ? name.substring("classpath:".length()) : name)
        .toList();
  }

  static Path file(String basename, Locale language) {
    String suffix = language.equals(Languages.DEFAULT) ? "" : "_" + language.getLanguage();
    return RESOURCES.resolve(basename + suffix + ".properties");
  }

  /** Every English message of every bundle, by key. */
  static Map<String, String> english() {
    Map<String, String> messages = new LinkedHashMap<>();
    for (String basename : basenames()) {
      messages.putAll(read(file(basename, Languages.DEFAULT)).messages());
    }
    return messages;
  }

  /**
   * The messages of one file, in file order, with the keys it defines more than once (the last one
   * silently wins at run time). Fails on bytes that are not UTF-8.
   */
  static Bundle read(Path file) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(file + " is not UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Bundle bundle = new Bundle(new LinkedHashMap<>(), new ArrayList<>());
    Properties collector =
        new Properties() {
          @Override
          public synchronized Object put(Object key, Object value) {
            if (bundle.messages().put((String) key, (String) value) != null) {
              bundle.duplicateKeys().add((String) key);
            }
            return super.put(key, value);
          }
        };
    try {
      collector.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bundle;
  }

  record Bundle(Map<String, String> messages, List<String> duplicateKeys) {}

  private static PropertySource<?> applicationYaml() {
    try {
      return new YamlPropertySourceLoader()
          .load("application.yml", new FileSystemResource(RESOURCES.resolve("application.yml")))
          .get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
