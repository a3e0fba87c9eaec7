package eu.pharos.network;

import java.util.List;

/**
 * New weekly opening hours and public holidays for a member. The periods are checked in the order
 * given, so that {@link InvalidOpeningHours#periodIndex()} names the form row at fault.
 */
public record OpeningHoursUpdate(
    boolean alwaysOpen, List<OpeningPeriod> periods, List<HolidayView> holidays) {

  public OpeningHoursUpdate {
    periods = periods == null ? List.of() : List.copyOf(periods);
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
  }

  /** The checked hours. @throws InvalidOpeningHours for a period that cannot be right */
  public OpeningHours hours() {
    return alwaysOpen ? OpeningHours.alwaysOpen() : OpeningHours.of(periods);
  }
}
