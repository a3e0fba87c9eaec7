package eu.pharos.network;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Whether a service is open at a moment, and when that changes.
 *
 * @param open whether it is open at the moment asked about
 * @param alwaysOpen whether it never closes (24/7)
 * @param closes when it closes, if open and not always open
 * @param nextOpening when it opens next, if closed and it opens again within two weeks
 */
public record OpenState(
    boolean open, boolean alwaysOpen, ZonedDateTime closes, ZonedDateTime nextOpening) {

  public static OpenState always() {
    return new OpenState(true, true, null, null);
  }

  public Optional<ZonedDateTime> closesAt() {
    return Optional.ofNullable(closes);
  }

  public Optional<ZonedDateTime> nextOpeningAt() {
    return Optional.ofNullable(nextOpening);
  }

  /** When this state stops being true (empty if never within two weeks): for caches. */
  public Optional<Instant> changesAt() {
    if (alwaysOpen) {
      return Optional.empty();
    }
    return Optional.ofNullable(open ? closes : nextOpening).map(ZonedDateTime::toInstant);
  }

  /** The same state shown in another time zone (the visitor's). */
  public OpenState in(java.time.ZoneId zone) {
    return new OpenState(
        open,
        alwaysOpen,
        closes == null ? null : closes.withZoneSameInstant(zone),
        nextOpening == null ? null : nextOpening.withZoneSameInstant(zone));
  }
}
