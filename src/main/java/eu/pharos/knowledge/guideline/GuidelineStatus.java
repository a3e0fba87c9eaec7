package eu.pharos.knowledge.guideline;

/** Where a guideline stands, from its first draft to its publication. */
public enum GuidelineStatus {
  /** Being written by the members. */
  DRAFT,
  /** Open for the members' comments until the review period ends. */
  IN_REVIEW,
  /** Adopted by a moderator: its text is final. */
  ADOPTED,
  /** Adopted and published to the readers it was meant for. */
  PUBLISHED,
  /** Replaced by a later version of the same guideline that was published. */
  SUPERSEDED;

  /** Whether its text may still change. */
  public boolean isOpen() {
    return this == DRAFT || this == IN_REVIEW;
  }

  public String messageKey() {
    return "knowledge.guideline.status." + name();
  }
}
