package eu.pharos.network.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference files' CSV: comment lines start with {@code #}, the first other line names the
 * columns, fields may be quoted with {@code "} (a doubled quote inside stands for one).
 */
final class CsvLines {

  /** One data row, by column name, with its line number in the file. */
  record Row(int line, Map<String, String> fields) {

    String get(String column) {
      return fields.get(column);
    }
  }

  private CsvLines() {}

  static List<Row> read(String file, Reader reader, List<String> expectedColumns) {
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    try (BufferedReader lines = new BufferedReader(reader)) {
      String text;
      int number = 0;
      while ((text = lines.readLine()) != null) {
        number++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        List<String> fields = split(file, number, text);
        if (header == null) {
          if (!fields.equals(expectedColumns)) {
            throw new ReferenceFileMalformed(
                file, number, "expected the columns " + expectedColumns + " but found " + fields);
          }
          header = fields;
          continue;
        }
        if (fields.size() != header.size()) {
          throw new ReferenceFileMalformed(
              file, number, "expected " + header.size() + " fields but found " + fields.size());
        }
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          byColumn.put(header.get(i), fields.get(i).strip());
        }
        rows.add(new Row(number, byColumn));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read reference file " + file, e);
    }
    if (header == null) {
      throw new ReferenceFileMalformed(file, 0, "no header line");
    }
    return rows;
  }

  private static List<String> split(String file, int number, String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new ReferenceFileMalformed(file, number, "a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }
}
