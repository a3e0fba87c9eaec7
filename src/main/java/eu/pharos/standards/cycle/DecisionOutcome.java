package eu.pharos.standards.cycle;

/** The network's decision at the end of a cycle. */
public enum DecisionOutcome {
  ACCREDITED,
  ACCREDITED_WITH_CONDITIONS,
  NOT_ACCREDITED;

  public boolean accredits() {
    return this != NOT_ACCREDITED;
  }

  public String messageKey() {
    return "standards.decision." + name();
  }
}
