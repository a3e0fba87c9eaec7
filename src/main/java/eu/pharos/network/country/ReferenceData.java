package eu.pharos.network.country;

import eu.pharos.network.CountryView;
import eu.pharos.network.HarmonisedLineStatus;
import eu.pharos.network.InstrumentView;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code countries.csv} and {@code instruments.csv}: every value is checked (ISO codes known
 * to the JDK, time zones, dates, statuses), so a wrong file stops Pharos at start-up instead of
 * showing a wrong fact to a victim.
 */
final class ReferenceData {

  static final LocalDate CHECKED = LocalDate.of(2026, 11, 28);

  static final List<String> COUNTRY_COLUMNS =
      List.of(
          "code",
          "eu_member",
          "emergency_number",
          "generic_service",
          "line_status",
          "line_operator",
          "time_zone",
          "languages",
          "source");

  static final List<String> INSTRUMENT_COLUMNS =
      List.of("code", "kind", "title", "deadline", "binds", "not_binding", "source");

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  /** An instrument with the Member States it leaves out. */
  record Instrument(InstrumentView view, Set<String> notBinding) {}

  private ReferenceData() {}

  static List<Instrument> instruments(String file, Reader reader) {
    List<Instrument> instruments = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (CsvLines.Row row : CsvLines.read(file, reader, INSTRUMENT_COLUMNS)) {
      String code = required(file, row, "code");
      if (!codes.add(code)) {
        throw new ReferenceFileMalformed(file, row.line(), "instrument " + code + " twice");
      }
      String kind = required(file, row, "kind");
      if (!kind.equals("DIRECTIVE") && !kind.equals("DECISION")) {
        throw new ReferenceFileMalformed(
            file, row.line(), "kind must be DIRECTIVE or DECISION, not " + kind);
      }
      if (!"EU".equals(row.get("binds"))) {
        throw new ReferenceFileMalformed(file, row.line(), "binds must be EU");
      }
      Set<String> notBinding = new HashSet<>(codes(file, row, "not_binding"));
      notBinding.forEach(country -> countryCode(file, row.line(), country));
      InstrumentView view =
          new InstrumentView(
              code,
              required(file, row, "title"),
              kind,
              date(file, row, "deadline"),
              required(file, row, "source"));
      instruments.add(new Instrument(view, notBinding));
    }
    instruments.sort(Comparator.comparing(ReferenceData::year).thenComparing(i -> i.view().code()));
    return instruments;
  }

  static List<CountryView> countries(String file, Reader reader, List<Instrument> instruments) {
    Map<String, CountryView> countries = new LinkedHashMap<>();
    for (CsvLines.Row row : CsvLines.read(file, reader, COUNTRY_COLUMNS)) {
      String code = countryCode(file, row.line(), required(file, row, "code"));
      if (countries.containsKey(code)) {
        throw new ReferenceFileMalformed(file, row.line(), "country " + code + " twice");
      }
      boolean euMember = yesNo(file, row, "eu_member");
      String emergency = required(file, row, "emergency_number");
      if (!emergency.matches("\\d{3}")) {
        throw new ReferenceFileMalformed(
            file, row.line(), "emergency_number must be three digits, not " + emergency);
      }
      HarmonisedLineStatus line = lineStatus(file, row);
      String operator = blankToNull(row.get("line_operator"));
      if (line == HarmonisedLineStatus.OPERATING && operator == null) {
        throw new ReferenceFileMalformed(file, row.line(), "116 006 operating without operator");
      }
      List<String> languages = codes(file, row, "languages");
      if (languages.isEmpty()) {
        throw new ReferenceFileMalformed(file, row.line(), "no official language");
      }
      for (String language : languages) {
        if (!ISO_LANGUAGES.contains(language)) {
          throw new ReferenceFileMalformed(
              file, row.line(), "unknown ISO 639-1 language " + language);
        }
      }
      List<InstrumentView> boundBy =
          euMember
              ? instruments.stream()
                  .filter(instrument -> !instrument.notBinding().contains(code))
                  .map(Instrument::view)
                  .toList()
              : List.of();
      countries.put(
          code,
          new CountryView(
              code,
              euMember,
              emergency,
              genericService(file, row),
              line,
              operator,
              zone(file, row),
              languages,
              boundBy,
              required(file, row, "source"),
              CHECKED));
    }
    return countries.values().stream().sorted(Comparator.comparing(CountryView::code)).toList();
  }

  private static int year(Instrument instrument) {
    return Integer.parseInt(instrument.view().code().substring(0, 4));
  }

  private static String required(String file, CsvLines.Row row, String column) {
    String value = row.get(column);
    if (value == null || value.isEmpty()) {
      throw new ReferenceFileMalformed(file, row.line(), column + " is empty");
    }
    return value;
  }

  private static String countryCode(String file, int line, String code) {
    if (!code.matches("[A-Z]{2}") || !ISO_COUNTRIES.contains(code)) {
      throw new ReferenceFileMalformed(file, line, "unknown ISO 3166-1 country code " + code);
    }
    return code;
  }

  private static List<String> codes(String file, CsvLines.Row row, String column) {
    String value = row.get(column);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.strip().split("\\s+")).toList();
  }

  private static boolean yesNo(String file, CsvLines.Row row, String column) {
    String value = required(file, row, column);
    return switch (value) {
      case "yes" -> true;
      case "no" -> false;
      default ->
          throw new ReferenceFileMalformed(
              file, row.line(), column + " must be yes or no, not " + value);
    };
  }

  private static Boolean genericService(String file, CsvLines.Row row) {
    String value = required(file, row, "generic_service");
    return switch (value) {
      case "yes" -> Boolean.TRUE;
      case "no" -> Boolean.FALSE;
      case "unknown" -> null;
      default ->
          throw new ReferenceFileMalformed(
              file, row.line(), "generic_service must be yes, no or unknown, not " + value);
    };
  }

  private static HarmonisedLineStatus lineStatus(String file, CsvLines.Row row) {
    String value = required(file, row, "line_status");
    try {
      return HarmonisedLineStatus.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new ReferenceFileMalformed(
          file,
          row.line(),
          "line_status must be one of "
              + Arrays.toString(HarmonisedLineStatus.values())
              + ", not "
              + value);
    }
  }

  private static ZoneId zone(String file, CsvLines.Row row) {
    String value = required(file, row, "time_zone");
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new ReferenceFileMalformed(file, row.line(), "unknown time zone " + value);
    }
  }

  private static LocalDate date(String file, CsvLines.Row row, String column) {
    String value = blankToNull(row.get(column));
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ReferenceFileMalformed(
          file, row.line(), column + " must be a date like 2015-11-16, not " + value);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
