package eu.pharos.identity;

/** A new password that {@link PasswordPolicy} refuses; nothing was changed. */
public class PasswordRejected extends RuntimeException {

  private final String messageKey;

  public PasswordRejected(String messageKey) {
    super("Password refused: " + messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
