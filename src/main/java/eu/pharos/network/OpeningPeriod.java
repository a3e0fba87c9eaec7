package eu.pharos.network;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One period a service is open on a weekday, in the organisation's own time zone. A period that
 * closes at midnight has {@code closes} = {@link LocalTime#MIDNIGHT} (shown as 24:00); a period
 * across midnight is two periods, one on each day.
 */
public record OpeningPeriod(DayOfWeek day, LocalTime opens, LocalTime closes) {

  public OpeningPeriod {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
  }

  /** Whether the period closes at midnight, the end of its day. */
  public boolean closesAtMidnight() {
    return closes.equals(LocalTime.MIDNIGHT);
  }

  /** Seconds from the start of the day at which the period closes (86400 for midnight). */
  int closingSecond() {
    return closesAtMidnight() ? 24 * 3600 : closes.toSecondOfDay();
  }

  int openingSecond() {
    return opens.toSecondOfDay();
  }

  boolean contains(LocalTime time) {
    int second = time.toSecondOfDay();
    return second >= openingSecond() && second < closingSecond();
  }

  /** "09:00–17:30", with midnight as 24:00. */
  public String label() {
    return opens + "–" + (closesAtMidnight() ? "24:00" : closes.toString());
  }
}
