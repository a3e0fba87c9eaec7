package eu.pharos.knowledge.meeting;

/** Where a participant stands: invited by the organiser, registered, or cancelled. */
public enum ParticipantStatus {
  INVITED,
  REGISTERED,
  CANCELLED;

  public String messageKey() {
    return "knowledge.meeting.participant-status." + name();
  }
}
