package eu.pharos.identity;

/**
 * An administrator asked for something their role does not allow on this account, such as granting
 * {@link Role#NETWORK_ADMIN} as an organisation administrator or disabling themselves. Nothing was
 * changed; {@link #messageKey()} says why.
 */
public class UserChangeRefused extends RuntimeException {

  private final String messageKey;

  public UserChangeRefused(String messageKey) {
    super("User change refused: " + messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
