package eu.pharos.network;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A weekly timetable in an organisation's time zone, or "always open" (24/7). Public holidays close
 * a service for the whole day. Valid by construction: {@link #of} rejects a period that ends before
 * it starts and periods that overlap.
 */
public final class OpeningHours {

  private static final int LOOKAHEAD_DAYS = 14;
  private static final String ALWAYS_TEXT = "24/7";
  private static final java.util.regex.Pattern PERIOD_TEXT =
      java.util.regex.Pattern.compile(
          "\\s*([A-Za-z]{3,9})\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");
  private static final OpeningHours ALWAYS = new OpeningHours(true, List.of());
  private static final Comparator<OpeningPeriod> ORDER =
      Comparator.comparing(OpeningPeriod::day).thenComparing(OpeningPeriod::opens);

  private final boolean alwaysOpen;
  private final List<OpeningPeriod> periods;

  private OpeningHours(boolean alwaysOpen, List<OpeningPeriod> periods) {
    this.alwaysOpen = alwaysOpen;
    this.periods = periods;
  }

  public static OpeningHours alwaysOpen() {
    return ALWAYS;
  }

  /** No periods at all: open by appointment only, or not yet known. */
  public static OpeningHours none() {
    return new OpeningHours(false, List.of());
  }

  /**
   * Checks and orders the periods.
   *
   * @throws InvalidOpeningHours for the first period, in the order given, that ends before it
   *     starts or overlaps another period of the same day
   */
  public static OpeningHours of(List<OpeningPeriod> periods) {
    for (int i = 0; i < periods.size(); i++) {
      OpeningPeriod period = periods.get(i);
      if (period.closingSecond() <= period.openingSecond()) {
        throw new InvalidOpeningHours(InvalidOpeningHours.Reason.END_BEFORE_START, i, period);
      }
    }
    for (int i = 0; i < periods.size(); i++) {
      for (int j = 0; j < i; j++) {
        OpeningPeriod a = periods.get(j);
        OpeningPeriod b = periods.get(i);
        if (a.day() == b.day()
            && a.openingSecond() < b.closingSecond()
            && b.openingSecond() < a.closingSecond()) {
          throw new InvalidOpeningHours(InvalidOpeningHours.Reason.OVERLAP, i, b);
        }
      }
    }
    return new OpeningHours(false, periods.stream().sorted(ORDER).toList());
  }

  /**
   * The hours as one line of text, as files and the database keep them: {@code 24/7}, or periods
   * separated by semicolons such as {@code MON 09:00-13:00; MON 14:00-18:00}, with 24:00 for
   * midnight at the end of a day; empty for no regular hours. {@link #parse} reads it back.
   */
  public String toText() {
    if (alwaysOpen) {
      return ALWAYS_TEXT;
    }
    return String.join(
        "; ",
        periods.stream()
            .map(
                p ->
                    p.day().name().substring(0, 3)
                        + " "
                        + p.opens()
                        + "-"
                        + (p.closesAtMidnight() ? "24:00" : p.closes().toString()))
            .toList());
  }

  /**
   * Reads {@link #toText()}'s form; day names may also be written in full, in any case.
   *
   * @throws IllegalArgumentException naming the part that cannot be read
   * @throws InvalidOpeningHours for periods that cannot be right
   */
  public static OpeningHours parse(String text) {
    if (text == null || text.isBlank()) {
      return none();
    }
    if (text.strip().equalsIgnoreCase(ALWAYS_TEXT)) {
      return alwaysOpen();
    }
    return of(parsePeriods(text));
  }

  /**
   * The periods of a text in {@link #toText()}'s form, in the order written and not yet checked
   * against each other, so that {@link #of}'s message can name the period at fault.
   *
   * @throws IllegalArgumentException with the part that cannot be read as its message
   */
  public static List<OpeningPeriod> parsePeriods(String text) {
    List<OpeningPeriod> result = new ArrayList<>();
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      java.util.regex.Matcher m = PERIOD_TEXT.matcher(part);
      DayOfWeek day = m.matches() ? day(m.group(1)) : null;
      if (day == null) {
        throw new IllegalArgumentException(part.strip());
      }
      try {
        result.add(new OpeningPeriod(day, time(m.group(2), false), time(m.group(3), true)));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException(part.strip(), e);
      }
    }
    return result;
  }

  private static DayOfWeek day(String name) {
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(upper) || day.name().substring(0, 3).equals(upper)) {
        return day;
      }
    }
    return null;
  }

  private static LocalTime time(String text, boolean closing) {
    String padded = text.length() == 4 ? "0" + text : text;
    if (closing && padded.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    return LocalTime.parse(padded);
  }

  public boolean isAlwaysOpen() {
    return alwaysOpen;
  }

  /** The periods, ordered by day (Monday first) and opening time. */
  public List<OpeningPeriod> periods() {
    return periods;
  }

  public List<OpeningPeriod> on(DayOfWeek day) {
    return periods.stream().filter(p -> p.day() == day).toList();
  }

  /**
   * Whether the service is open at a moment and when that changes.
   *
   * @param zone the organisation's time zone, in which the periods and holidays are meant
   * @param closedDays public holidays and other days closed, in that zone
   */
  public OpenState stateAt(Instant at, ZoneId zone, Set<LocalDate> closedDays) {
    if (alwaysOpen) {
      return OpenState.always();
    }
    LocalDateTime local = LocalDateTime.ofInstant(at, zone);
    LocalDate day = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    if (!closedDays.contains(day)) {
      for (OpeningPeriod period : on(day.getDayOfWeek())) {
        if (period.contains(time)) {
          return new OpenState(true, false, closingOf(day, period, zone, closedDays), null);
        }
      }
    }
    return new OpenState(false, false, null, nextOpening(day, time, zone, closedDays));
  }

  /** The end of the open spell that a period starts, following periods that run on at midnight. */
  private ZonedDateTime closingOf(
      LocalDate day, OpeningPeriod period, ZoneId zone, Set<LocalDate> closedDays) {
    LocalDate end = day;
    OpeningPeriod current = period;
    for (int i = 0; i < LOOKAHEAD_DAYS && current.closesAtMidnight(); i++) {
      LocalDate next = end.plusDays(1);
      OpeningPeriod continuation =
          closedDays.contains(next)
              ? null
              : on(next.getDayOfWeek()).stream()
                  .filter(p -> p.opens().equals(LocalTime.MIDNIGHT))
                  .findFirst()
                  .orElse(null);
      if (continuation == null) {
        return next.atStartOfDay(zone);
      }
      end = next;
      current = continuation;
    }
    return current.closesAtMidnight()
        ? end.plusDays(1).atStartOfDay(zone)
        : end.atTime(current.closes()).atZone(zone);
  }

  private ZonedDateTime nextOpening(
      LocalDate day, LocalTime time, ZoneId zone, Set<LocalDate> closedDays) {
    for (int offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
      LocalDate candidate = day.plusDays(offset);
      if (closedDays.contains(candidate)) {
        continue;
      }
      for (OpeningPeriod period : on(candidate.getDayOfWeek())) {
        if (offset > 0 || period.opens().isAfter(time)) {
          return candidate.atTime(period.opens()).atZone(zone);
        }
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OpeningHours that
        && alwaysOpen == that.alwaysOpen
        && periods.equals(that.periods);
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(alwaysOpen) * 31 + periods.hashCode();
  }

  @Override
  public String toString() {
    return alwaysOpen ? "24/7" : new ArrayList<>(periods).toString();
  }
}
