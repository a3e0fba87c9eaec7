package eu.pharos.chat;

/**
 * A return code that opens nothing, or one attempt too many: the two are told apart only by {@code
 * retryAfterSeconds}, so a caller learns nothing about which codes exist.
 */
public class ReturnCodeRefused extends RuntimeException {

  private final long retryAfterSeconds;

  public ReturnCodeRefused(long retryAfterSeconds) {
    super(retryAfterSeconds > 0 ? "too many attempts" : "unknown return code");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Zero for an unknown code; otherwise how long the caller must wait. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
