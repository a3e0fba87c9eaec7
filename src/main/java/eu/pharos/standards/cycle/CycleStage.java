package eu.pharos.standards.cycle;

/**
 * Where a cycle stands. It moves forward only: the member assesses itself and submits; the
 * secretariat assigns evaluators, which starts the evaluation; the evaluators' report opens the
 * improvement plan; the network's decision ends the cycle (its plan may still run, for conditions).
 */
public enum CycleStage {
  SELF_ASSESSMENT,
  SUBMITTED,
  EVALUATION,
  IMPROVEMENT,
  DECIDED;

  public String messageKey() {
    return "standards.stage." + name();
  }
}
