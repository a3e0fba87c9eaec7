package eu.pharos.standards.framework;

import java.util.Locale;
import java.util.Optional;

/** The two file formats of a framework; both hold the same tree. */
public enum FrameworkFormat {
  YAML("yaml", "application/yaml"),
  JSON("json", "application/json");

  private final String extension;
  private final String mediaType;

  FrameworkFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * The format a request parameter or file extension names ({@code yaml}, {@code yml}, {@code
   * json}).
   */
  public static Optional<FrameworkFormat> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "yaml", "yml" -> Optional.of(YAML);
      case "json" -> Optional.of(JSON);
      default -> Optional.empty();
    };
  }

  /**
   * The format of an uploaded file: from its extension when it has a known one, else from its
   * content (a JSON document starts with a brace).
   */
  public static FrameworkFormat of(String fileName, byte[] content) {
    if (fileName != null && fileName.lastIndexOf('.') >= 0) {
      Optional<FrameworkFormat> named = named(fileName.substring(fileName.lastIndexOf('.') + 1));
      if (named.isPresent()) {
        return named.get();
      }
    }
    for (byte b : content) {
      if (b == '{') {
        return JSON;
      }
      if (!Character.isWhitespace(b)
          && (b & 0xFF) != 0xEF
          && (b & 0xFF) != 0xBB
          && (b & 0xFF) != 0xBF) {
        return YAML;
      }
    }
    return YAML;
  }
}
