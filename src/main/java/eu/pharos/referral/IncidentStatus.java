package eu.pharos.referral;

/** Stored by name: never rename an entry. */
public enum IncidentStatus {
  OPEN,
  CLOSED;

  public String messageKey() {
    return "incident.status." + name();
  }
}
