package eu.pharos.knowledge.meeting;

/** An action agreed at a meeting: open until its owner reports it done. */
public enum ActionStatus {
  OPEN,
  DONE;

  public String messageKey() {
    return "knowledge.meeting.action-status." + name();
  }
}
