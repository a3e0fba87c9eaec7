package eu.pharos.referral;

/** How a person is affected by an incident. Stored by name: never rename an entry. */
public enum IncidentPersonKind {
  VICTIM,
  BEREAVED,
  WITNESS,
  OTHER_AFFECTED;

  public String messageKey() {
    return "incident.kind." + name();
  }
}
