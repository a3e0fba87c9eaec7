package eu.pharos.helpline;

/**
 * Where a case stands. A closed case can be reopened until retention anonymises it. Stored by name:
 * never rename an entry.
 */
public enum CaseStatus {
  OPEN,
  CLOSED;

  public String messageKey() {
    return "helpline.case-status." + name();
  }
}
