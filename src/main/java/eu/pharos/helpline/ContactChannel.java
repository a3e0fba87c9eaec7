package eu.pharos.helpline;

/** The channel a contact came through. Stored by name: never rename an entry. */
public enum ContactChannel {
  PHONE,
  CHAT,
  WRITTEN_MESSAGE,
  EMAIL,
  VIDEO,
  IN_PERSON,
  SOCIAL_MEDIA;

  public String messageKey() {
    return "helpline.channel." + name();
  }
}
