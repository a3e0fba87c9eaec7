package eu.pharos.chat;

/** Live chat while both are present, or written messaging answered later. Stored by name. */
public enum ChatKind {
  LIVE,
  WRITTEN;

  public String messageKey() {
    return "chat.kind." + name();
  }
}
