package eu.pharos.chat.figures;

import java.util.List;

/**
 * The organisation's finished conversations of one day.
 *
 * @param medianWaitSeconds of the answered ones; null when none was answered
 * @param bands how many answered conversations waited within each band, in the order of {@link
 *     WaitBand#values()}
 */
public record DayFigures(
    int answered, int abandoned, Integer medianWaitSeconds, List<BandCount> bands) {

  /** The largest count of a band, for scaling a bar chart; at least 1. */
  public int largestBand() {
    return Math.max(1, bands.stream().mapToInt(BandCount::count).max().orElse(0));
  }

  public record BandCount(WaitBand band, int count) {}

  /** Ranges of waiting time, upper bound excluded. */
  public enum WaitBand {
    UNDER_1_MINUTE(0, 60),
    UNDER_2_MINUTES(60, 120),
    UNDER_5_MINUTES(120, 300),
    UNDER_10_MINUTES(300, 600),
    LONGER(600, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    WaitBand(int from, int to) {
      this.from = from;
      this.to = to;
    }

    boolean holds(int seconds) {
      return seconds >= from && seconds < to;
    }

    public String messageKey() {
      return "chat.supervision.band." + name();
    }
  }
}
