package eu.pharos.network;

/** What kind of capacity-building engagement the secretariat recorded. */
public enum EngagementKind {
  CAPACITY_BUILDING_VISIT,
  STUDY_VISIT,
  DELEGATION_RECEIVED,
  TECHNICAL_VISIT,
  PILOT_EVALUATION,
  WORKSHOP,
  MEETING;

  public String messageKey() {
    return "engagements.kind." + name();
  }
}
