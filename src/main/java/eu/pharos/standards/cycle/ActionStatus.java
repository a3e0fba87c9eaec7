package eu.pharos.standards.cycle;

/** An improvement action's progress. */
public enum ActionStatus {
  OPEN,
  IN_PROGRESS,
  DONE;

  public String messageKey() {
    return "standards.action.status." + name();
  }
}
