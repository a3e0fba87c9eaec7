package eu.pharos.knowledge.meeting;

/** How a participant takes part. */
public enum AttendanceMode {
  IN_PERSON,
  ONLINE;

  public String messageKey() {
    return "knowledge.meeting.mode." + name();
  }
}
