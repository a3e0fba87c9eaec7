package eu.pharos.chat;

/** An advisor's status in the console. Stored by name. */
public enum AdvisorAvailability {
  AVAILABLE,
  BUSY,
  AWAY,
  OFFLINE;

  public String messageKey() {
    return "chat.availability." + name();
  }
}
