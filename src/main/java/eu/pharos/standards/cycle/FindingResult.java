package eu.pharos.standards.cycle;

/** An evaluator's finding on one indicator. */
public enum FindingResult {
  MET,
  PARTLY_MET,
  NOT_MET;

  public String messageKey() {
    return "standards.finding." + name();
  }
}
