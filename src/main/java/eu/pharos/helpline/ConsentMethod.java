package eu.pharos.helpline;

/** How a consent, or its withdrawal, was given. Stored by name: never rename an entry. */
public enum ConsentMethod {
  VERBAL_PHONE,
  VERBAL_IN_PERSON,
  WRITTEN,
  ONLINE;

  public String messageKey() {
    return "helpline.consent-method." + name();
  }
}
