package eu.pharos.helpline;

/**
 * Who started the contact: the person (inbound) or the organisation (outbound, such as a call
 * back). Stored by name: never rename an entry.
 */
public enum ContactDirection {
  INBOUND,
  OUTBOUND;

  public String messageKey() {
    return "helpline.direction." + name();
  }
}
