package eu.pharos.chat.routing;

import eu.pharos.network.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What an organisation offers the network: whether it serves it at all, the languages (ISO 639-1,
 * among its own) and the weekly hours, in its own time zone, during which it takes chats that
 * victims started with other members. A version of 0 means nothing was saved yet.
 */
public record NetworkOffer(
    boolean serving, List<String> languages, OpeningHours hours, long version) {

  public static NetworkOffer none() {
    return new NetworkOffer(false, List.of(), OpeningHours.none(), 0);
  }

  /** The hours of one day, for the form: the first period of that day, if any. */
  public Optional<DayHours> on(DayOfWeek day) {
    return hours.on(day).stream().findFirst().map(p -> new DayHours(day, p.opens(), p.closes()));
  }

  /** One weekday's hours; a closing time of midnight is the end of the day. */
  public record DayHours(DayOfWeek day, LocalTime from, LocalTime to) {}
}
