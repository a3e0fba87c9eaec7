package eu.pharos.helpline;

/**
 * Where an action of a support plan, or a follow-up, stands. Stored by name: never rename an entry.
 */
public enum ActionStatus {
  OPEN,
  DONE,
  CANCELLED;

  public String messageKey() {
    return "helpline.action-status." + name();
  }
}
