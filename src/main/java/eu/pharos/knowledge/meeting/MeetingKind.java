package eu.pharos.knowledge.meeting;

/** Whether a gathering of a centre is a meeting or a workshop (with workgroups, as a rule). */
public enum MeetingKind {
  MEETING,
  WORKSHOP;

  public String messageKey() {
    return "knowledge.meeting.kind." + name();
  }
}
