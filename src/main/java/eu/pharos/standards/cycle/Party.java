package eu.pharos.standards.cycle;

/** How the caller stands to a cycle; a caller may be more than one (rarely). */
public enum Party {
  /** Staff of the assessed organisation who take part in its quality work. */
  MEMBER,
  /** The network's secretariat, which runs every cycle. */
  SECRETARIAT,
  /** An evaluator assigned to this cycle. */
  EVALUATOR
}
