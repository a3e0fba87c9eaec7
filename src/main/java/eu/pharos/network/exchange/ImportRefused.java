package eu.pharos.network.exchange;

/** An upload refused before any of it is read: empty, too large, or of an unknown kind. */
class ImportRefused extends RuntimeException {

  enum Reason {
    EMPTY,
    TOO_LARGE,
    UNKNOWN_FORMAT
  }

  private final Reason reason;
  private final long limit;

  ImportRefused(Reason reason, long limit) {
    super("import refused: " + reason);
    this.reason = reason;
    this.limit = limit;
  }

  Reason reason() {
    return reason;
  }

  String messageKey() {
    return "network.exchange.refused." + reason.name();
  }

  /** The size limit in megabytes, for the message. */
  long limitInMegabytes() {
    return limit / (1024 * 1024);
  }
}
