package eu.pharos.network.directory;

import eu.pharos.network.HolidayView;
import eu.pharos.network.OpeningHours;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** How the directory's short lists, opening hours and holidays are kept in a column each. */
final class Codes {

  private Codes() {}

  static String list(Collection<String> values) {
    return String.join(",", values);
  }

  static List<String> list(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    return Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static <E extends Enum<E>> String enums(Collection<E> values) {
    return String.join(",", values.stream().sorted().map(Enum::name).toList());
  }

  static <E extends Enum<E>> Set<E> enums(String column, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    for (String name : list(column)) {
      values.add(Enum.valueOf(type, name));
    }
    return values;
  }

  /** In the one text form of opening hours that files and the database share. */
  static String hours(OpeningHours hours) {
    return hours.toText();
  }

  static OpeningHours hours(String column) {
    return OpeningHours.parse(column);
  }

  /** "24:00" for midnight at the end of a day, as people write it. */
  static String time(LocalTime time) {
    return time.equals(LocalTime.MIDNIGHT) ? "24:00" : time.toString();
  }

  /** Reads "9:00", "09:00" or "24:00" (midnight at the end of the day); null if not a time. */
  static LocalTime parseTime(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    if (value.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    if (value.matches("\\d{1,2}[:.h]\\d{2}")) {
      int hour = Integer.parseInt(value.substring(0, value.length() - 3));
      int minute = Integer.parseInt(value.substring(value.length() - 2));
      if (hour < 24 && minute < 60) {
        return LocalTime.of(hour, minute);
      }
    }
    return null;
  }

  static String holidays(List<HolidayView> holidays) {
    return String.join(
        "\n",
        holidays.stream()
            .sorted(java.util.Comparator.comparing(HolidayView::date))
            .map(h -> h.date() + " " + oneLine(h.name()))
            .toList());
  }

  static List<HolidayView> holidays(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    return column
        .lines()
        .filter(l -> !l.isBlank())
        .map(l -> new HolidayView(LocalDate.parse(l.substring(0, 10)), l.substring(10).strip()))
        .toList();
  }

  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n]+", " ").strip();
  }

  static <T> List<String> codes(Collection<T> values, Function<T, String> code) {
    return values.stream().map(code).toList();
  }

  static String lower(String code) {
    return code == null ? null : code.strip().toLowerCase(Locale.ROOT);
  }
}
