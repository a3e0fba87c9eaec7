package eu.pharos.network.exchange;

import java.util.Locale;
import java.util.Optional;

/** The file formats of the directory. */
enum DirectoryFormat {
  CSV("text/csv", ".csv"),
  JSON("application/json", ".json");

  private final String contentType;
  private final String extension;

  DirectoryFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  String contentType() {
    return contentType;
  }

  String extension() {
    return extension;
  }

  /** By the file's extension, else by its first character (an opening bracket or brace is JSON). */
  static Optional<DirectoryFormat> detect(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
    for (DirectoryFormat format : values()) {
      if (name.endsWith(format.extension)) {
        return Optional.of(format);
      }
    }
    for (byte b : content) {
      if (!Character.isWhitespace(b)
          && (b & 0xFF) != 0xEF
          && (b & 0xFF) != 0xBB
          && (b & 0xFF) != 0xBF) {
        return Optional.of(b == '{' || b == '[' ? JSON : CSV);
      }
    }
    return Optional.empty();
  }

  /** Rows to expect, for the progress bar: lines after the header, or members in the file. */
  int estimateRows(String text) {
    if (this == CSV) {
      return (int) Math.max(0, text.lines().filter(l -> !l.isBlank()).count() - 1);
    }
    int count = 0;
    int index = text.indexOf("\"shortName\"");
    while (index >= 0) {
      count++;
      index = text.indexOf("\"shortName\"", index + 1);
    }
    return count;
  }
}
