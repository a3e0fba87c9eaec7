package eu.pharos.network.exchange;

import eu.pharos.network.OpeningHours;
import eu.pharos.network.OpeningPeriod;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Opening hours as one line of text, for spreadsheets: {@code 24/7}, or periods separated by
 * semicolons such as {@code MON 09:00-13:00; MON 14:00-18:00; FRI 09:00-17:00}, with 24:00 for
 * midnight at the end of a day. Empty means no regular hours.
 */
final class OpeningHoursText {

  static final String ALWAYS = "24/7";

  private static final Pattern PERIOD =
      Pattern.compile("(?i)\\s*([a-z]{3})\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");

  private static final Map<String, DayOfWeek> DAYS =
      java.util.Arrays.stream(DayOfWeek.values())
          .collect(Collectors.toMap(OpeningHoursText::abbreviation, d -> d));

  private OpeningHoursText() {}

  static String format(OpeningHours hours) {
    if (hours.isAlwaysOpen()) {
      return ALWAYS;
    }
    return hours.periods().stream()
        .map(
            p ->
                abbreviation(p.day())
                    + " "
                    + p.opens()
                    + "-"
                    + (p.closesAtMidnight() ? "24:00" : p.closes().toString()))
        .collect(Collectors.joining("; "));
  }

  /**
   * The periods in the order written, not yet checked against each other: {@code OpeningHours.of}
   * does that, so that its message names the right period.
   *
   * @throws IllegalArgumentException with the offending text as its message
   */
  static List<OpeningPeriod> parsePeriods(String text) {
    List<OpeningPeriod> periods = new ArrayList<>();
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      Matcher m = PERIOD.matcher(part);
      DayOfWeek day = m.matches() ? DAYS.get(m.group(1).toUpperCase(Locale.ROOT)) : null;
      if (day == null) {
        throw new IllegalArgumentException(part.strip());
      }
      try {
        periods.add(new OpeningPeriod(day, time(m.group(2), false), time(m.group(3), true)));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(part.strip(), e);
      }
    }
    return periods;
  }

  static boolean isAlways(String text) {
    return text.strip().equalsIgnoreCase(ALWAYS);
  }

  private static LocalTime time(String text, boolean closing) {
    String padded = text.length() == 4 ? "0" + text : text;
    if (closing && padded.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    return LocalTime.parse(padded);
  }

  private static String abbreviation(DayOfWeek day) {
    return day.name().substring(0, 3);
  }
}
