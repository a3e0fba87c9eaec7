package eu.pharos.network;

/**
 * Opening hours that cannot be right: a period that ends before it starts, or two periods on the
 * same day that overlap. {@link #messageKey()} names the reason in the message bundles and {@link
 * #periodIndex()} the offending period (0-based, in the order given), so that a form can show the
 * message beside it.
 */
public class InvalidOpeningHours extends RuntimeException {

  public enum Reason {
    END_BEFORE_START,
    OVERLAP;

    public String messageKey() {
      return "network.hours.invalid." + name();
    }
  }

  private final Reason reason;
  private final int periodIndex;

  public InvalidOpeningHours(Reason reason, int periodIndex, OpeningPeriod period) {
    super(reason + " at period " + periodIndex + ": " + period.day() + " " + period.label());
    this.reason = reason;
    this.periodIndex = periodIndex;
  }

  public Reason reason() {
    return reason;
  }

  public int periodIndex() {
    return periodIndex;
  }

  public String messageKey() {
    return reason.messageKey();
  }
}
