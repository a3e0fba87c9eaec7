package eu.pharos.platform;

/**
 * An upload that {@link FileStore} refuses, judged by its content and never by its name. Pages show
 * {@link #messageKey()} with {@link #messageArguments()} beside the file field; the API answers
 * with a 4xx problem (413 too large, 415 type not allowed, 400 empty).
 */
public class FileRejected extends RuntimeException {

  public enum Reason {
    EMPTY("file.rejected.empty"),
    TOO_LARGE("file.rejected.too-large"),
    TYPE_NOT_ALLOWED("file.rejected.type-not-allowed");

    private final String messageKey;

    Reason(String messageKey) {
      this.messageKey = messageKey;
    }
  }

  private final Reason reason;
  private final long maxBytes;

  private FileRejected(Reason reason, long maxBytes, String logMessage) {
    super(logMessage);
    this.reason = reason;
    this.maxBytes = maxBytes;
  }

  public static FileRejected empty() {
    return new FileRejected(Reason.EMPTY, 0, "empty file");
  }

  public static FileRejected tooLarge(long maxBytes) {
    return new FileRejected(Reason.TOO_LARGE, maxBytes, "larger than " + maxBytes + " bytes");
  }

  /** The detected type goes to the log message only: users learn which types are allowed. */
  public static FileRejected typeNotAllowed(String detectedType) {
    return new FileRejected(Reason.TYPE_NOT_ALLOWED, 0, "content type " + detectedType);
  }

  public Reason reason() {
    return reason;
  }

  public String messageKey() {
    return reason.messageKey;
  }

  public Object[] messageArguments() {
    if (reason == Reason.TOO_LARGE) {
      return new Object[] {Math.max(1, maxBytes / (1024 * 1024))};
    }
    return new Object[0];
  }
}
