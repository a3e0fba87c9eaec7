package eu.pharos.chat.routing;

import java.time.DayOfWeek;
import java.util.List;

/**
 * A change of what an organisation offers the network, as its admin typed it: times as text ({@code
 * HH:MM}, {@code 24:00} for the end of the day), a day left empty offers nothing that day.
 */
public record NetworkOfferChange(
    boolean serving, List<String> languages, List<TypedDay> days, long version) {

  /** One weekday as typed. */
  public record TypedDay(DayOfWeek day, String from, String to) {}
}
