package eu.pharos.helpline;

/** What an entry of a case's timeline records. Stored by name: never rename an entry. */
public enum TimelineKind {
  NOTE,
  DOCUMENT,
  OPENED,
  DETAILS_CHANGED,
  TEAM_CHANGED,
  CONTACT_LINKED,
  ASSESSMENT_SUBMITTED,
  ACTION_ADDED,
  ACTION_DONE,
  FOLLOW_UP_SCHEDULED,
  FOLLOW_UP_DONE,
  CLOSED,
  REOPENED,
  REVIEWED,
  ACTION_CANCELLED,
  ACTION_REOPENED,
  ASSESSMENT_STARTED,
  /** Data another module brought was removed because the victim withdrew their consent. */
  SHARED_DATA_REMOVED,
  /** As {@link #SHARED_DATA_REMOVED}, but a legal hold kept the data. */
  SHARED_DATA_KEPT;

  public String messageKey() {
    return "helpline.timeline." + name();
  }
}
