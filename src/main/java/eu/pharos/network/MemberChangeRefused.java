package eu.pharos.network;

/**
 * A change that the member's state does not allow, e.g. approving a member already approved, or
 * adding an organisation whose short name is taken. {@link #messageKey()} says why.
 */
public class MemberChangeRefused extends RuntimeException {

  private final String messageKey;

  public MemberChangeRefused(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
