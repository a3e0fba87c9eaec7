package eu.pharos.helpline;

/**
 * A needs assessment is a draft until submitted; a submitted one is never changed, only followed by
 * a reassessment. Stored by name: never rename an entry.
 */
public enum AssessmentStatus {
  DRAFT,
  SUBMITTED;

  public String messageKey() {
    return "helpline.assessment-status." + name();
  }
}
