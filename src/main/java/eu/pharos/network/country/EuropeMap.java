package eu.pharos.network.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Country outlines of Europe as SVG path data, read once from {@code network/map/europe.tsv}
 * (Natural Earth, public domain; built by {@code frontend/map/generate.mjs}). Pharos draws its
 * coverage map from them on the server: no map tiles, no script.
 */
@Component
class EuropeMap {

  static final String FILE = "network/map/europe.tsv";

  private final String viewBox;
  private final Map<String, String> outlines;

  EuropeMap() {
    String box = null;
    Map<String, String> paths = new LinkedHashMap<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new ReferenceFileMalformed(FILE, number, "expected a code, a tab and a value");
        }
        String key = line.substring(0, tab);
        String value = line.substring(tab + 1);
        if (key.equals("viewBox")) {
          box = value;
        } else if (!value.matches("[MLZ0-9.,\\- ]+")) {
          throw new ReferenceFileMalformed(FILE, number, "not SVG path data for " + key);
        } else {
          paths.put(key, value);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
    if (box == null) {
      throw new ReferenceFileMalformed(FILE, 0, "no viewBox line");
    }
    this.viewBox = box;
    this.outlines = Map.copyOf(paths);
  }

  String viewBox() {
    return viewBox;
  }

  /** Outlines by ISO code; codes starting with {@code _} are territories without one. */
  Map<String, String> outlines() {
    return outlines;
  }
}
