package eu.pharos.network;

/** Where a follow-up action of an engagement stands. Only open actions can be overdue. */
public enum FollowUpStatus {
  OPEN,
  DONE,
  CANCELLED;

  public String messageKey() {
    return "engagements.action.status." + name();
  }
}
