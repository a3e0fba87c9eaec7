package eu.pharos.helpline;

/** What a person agreed to. Stored by name: never rename an entry. */
public enum ConsentKind {
  CONTACT_BACK,
  DATA_KEPT,
  SHARE_WITH_ORGANISATION;

  public String messageKey() {
    return "helpline.consent-kind." + name();
  }
}
