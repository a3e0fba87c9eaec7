package eu.pharos.network.exchange;

import eu.pharos.network.Countries;
import eu.pharos.network.HolidayView;
import eu.pharos.network.InvalidOpeningHours;
import eu.pharos.network.OpeningHours;
import eu.pharos.network.OpeningPeriod;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the values of one row (or one JSON member), collecting a {@link RowProblem} for every value
 * that is wrong instead of stopping at the first, so that the report lists them all.
 */
final class RowReader {

  static final String LIST_SEPARATOR = ";";

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern HOLIDAY = Pattern.compile("\\s*(\\d{4}-\\d{2}-\\d{2})\\s*(.*)");

  private final int line;
  private final Countries countries;
  private final List<RowProblem> problems = new ArrayList<>();

  RowReader(int line, Countries countries) {
    this.line = line;
    this.countries = countries;
  }

  int line() {
    return line;
  }

  List<RowProblem> problems() {
    return problems;
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  void reject(String field, String messageKey, Object... arguments) {
    problems.add(RowProblem.of(line, field, messageKey, arguments));
  }

  String required(String field, String value, int maxLength) {
    String text = optional(field, value, maxLength);
    if (text == null) {
      reject(field, "network.exchange.problem.required");
    }
    return text;
  }

  /** The trimmed value, or null when blank. */
  String optional(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > maxLength) {
      reject(field, "network.exchange.problem.too-long", maxLength);
    }
    return text;
  }

  String country(String field, String value) {
    String code = required(field, value, 2);
    if (code == null) {
      return null;
    }
    return countries
        .find(code)
        .map(c -> c.code())
        .orElseGet(
            () -> {
              reject(field, "network.exchange.problem.unknown-country", code);
              return null;
            });
  }

  <E extends Enum<E>> E choice(String field, String value, Class<E> type, E absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      reject(field, "network.exchange.problem.unknown-value", value.strip(), allowed(type));
      return absent;
    }
  }

  <E extends Enum<E>> Set<E> choices(String field, String value, Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    for (String item : items(value)) {
      E choice = choice(field, item, type, null);
      if (choice != null) {
        result.add(choice);
      }
    }
    return result;
  }

  <E extends Enum<E>> Set<E> choices(String field, List<String> values, Class<E> type) {
    return choices(field, values == null ? null : String.join(LIST_SEPARATOR, values), type);
  }

  List<String> languages(String field, String value) {
    Set<String> result = new LinkedHashSet<>();
    for (String item : items(value)) {
      String code = item.toLowerCase(Locale.ROOT);
      if (LANGUAGES.contains(code) && code.length() == 2) {
        result.add(code);
      } else {
        reject(field, "network.exchange.problem.unknown-language", item);
      }
    }
    return List.copyOf(result);
  }

  List<String> texts(String field, String value, int maxLength) {
    List<String> result = new ArrayList<>();
    for (String item : items(value)) {
      result.add(optional(field, item, maxLength));
    }
    return result;
  }

  ZoneId zone(String field, String value) {
    String text = required(field, value, 64);
    if (text == null) {
      return null;
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      reject(field, "network.exchange.problem.unknown-time-zone", text);
      return null;
    }
  }

  OpeningHours hours(String field, String value) {
    if (value == null || value.isBlank()) {
      return OpeningHours.none();
    }
    if (OpeningHours.alwaysOpen().toText().equalsIgnoreCase(value.strip())) {
      return OpeningHours.alwaysOpen();
    }
    List<OpeningPeriod> periods;
    try {
      periods = OpeningHours.parsePeriods(value);
    } catch (IllegalArgumentException e) {
      reject(field, "network.exchange.problem.hours-syntax", e.getMessage());
      return null;
    }
    try {
      return OpeningHours.of(periods);
    } catch (InvalidOpeningHours e) {
      OpeningPeriod period = periods.get(e.periodIndex());
      reject(field, e.messageKey() + ".row", period.day().name().substring(0, 3), period.label());
      return null;
    }
  }

  List<HolidayView> holidays(String field, String value) {
    List<HolidayView> result = new ArrayList<>();
    Set<LocalDate> seen = new java.util.HashSet<>();
    for (String item : items(value)) {
      var m = HOLIDAY.matcher(item);
      LocalDate date = null;
      if (m.matches()) {
        try {
          date = LocalDate.parse(m.group(1));
        } catch (DateTimeException e) {
          date = null;
        }
      }
      if (date == null) {
        reject(field, "network.exchange.problem.holiday-syntax", item);
      } else if (!seen.add(date)) {
        reject(field, "network.exchange.problem.holiday-twice", date);
      } else {
        result.add(new HolidayView(date, m.group(2).strip()));
      }
    }
    return result;
  }

  boolean yesNo(String field, String value, boolean absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> {
        reject(field, "network.exchange.problem.yes-no", value.strip());
        yield absent;
      }
    };
  }

  String website(String field, String value) {
    String text = optional(field, value, 300);
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return text;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    reject(field, "network.exchange.problem.website", text);
    return null;
  }

  String email(String field, String value) {
    String text = optional(field, value, 254);
    if (text != null && !EMAIL.matcher(text).matches()) {
      reject(field, "network.exchange.problem.email", text);
      return null;
    }
    return text;
  }

  static List<String> items(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(LIST_SEPARATOR))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
