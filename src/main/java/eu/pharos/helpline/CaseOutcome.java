package eu.pharos.helpline;

/** How a case was closed. Stored by name: never rename an entry. */
public enum CaseOutcome {
  SUPPORT_COMPLETED,
  NEEDS_MET_ELSEWHERE,
  REFERRED_TO_OTHER_SERVICE,
  VICTIM_ENDED_SUPPORT,
  NO_LONGER_REACHABLE,
  OTHER;

  public String messageKey() {
    return "helpline.case-outcome." + name();
  }
}
