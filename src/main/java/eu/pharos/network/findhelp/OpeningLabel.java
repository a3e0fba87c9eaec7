package eu.pharos.network.findhelp;

import eu.pharos.network.OpenState;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * "Open now (until 17:00)", "Open 24 hours", "Opens tomorrow 09:00", "Opens Monday 09:00" or "No
 * opening hours listed", as a message key and its arguments, with the times in the visitor's zone.
 *
 * @param day for the next opening: {@code today}, {@code tomorrow} or the day of the week (MONDAY
 *     …), turned into words by the page
 */
record OpeningLabel(String key, boolean open, String time, String day) {

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  /**
   * @param state the state already in the visitor's zone
   * @param today the visitor's date
   */
  static OpeningLabel of(OpenState state, LocalDate today) {
    if (state.alwaysOpen()) {
      return new OpeningLabel("findhelp.open.always", true, null, null);
    }
    if (state.open()) {
      return state
          .closesAt()
          .map(closes -> new OpeningLabel("findhelp.open.until", true, time(closes), null))
          .orElse(new OpeningLabel("findhelp.open.now", true, null, null));
    }
    return state
        .nextOpeningAt()
        .map(
            opens -> {
              LocalDate date = opens.toLocalDate();
              String day =
                  date.equals(today)
                      ? "today"
                      : date.equals(today.plusDays(1)) ? "tomorrow" : date.getDayOfWeek().name();
              return new OpeningLabel("findhelp.opens", false, time(opens), day);
            })
        .orElse(new OpeningLabel("findhelp.opens.unknown", false, null, null));
  }

  /** The message key of the day: {@code findhelp.day.today}, {@code findhelp.day.MONDAY} … */
  public String dayKey() {
    return day == null ? null : "findhelp.day." + day;
  }

  private static String time(ZonedDateTime at) {
    // A spell that ends at midnight reads "until 24:00", as opening hours are written.
    return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? "24:00" : HOURS.format(at);
  }
}
