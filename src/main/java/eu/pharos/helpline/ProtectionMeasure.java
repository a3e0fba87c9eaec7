package eu.pharos.helpline;

/**
 * Special measures that a needs assessment can recommend for a victim with specific protection
 * needs (Directive 2012/29/EU, Articles 23 and 24). Stored by name: never rename an entry.
 */
public enum ProtectionMeasure {
  INTERVIEW_IN_ADAPTED_PREMISES,
  INTERVIEW_BY_TRAINED_PROFESSIONAL,
  SAME_INTERVIEWER,
  INTERVIEWER_OF_SAME_SEX,
  AVOID_CONTACT_WITH_OFFENDER,
  HEARD_WITHOUT_BEING_PRESENT,
  NO_UNNECESSARY_QUESTIONS_ON_PRIVATE_LIFE,
  HEARING_WITHOUT_PUBLIC,
  RECORDED_INTERVIEW,
  SPECIAL_REPRESENTATIVE_FOR_CHILD,
  SAFETY_PLAN;

  public String messageKey() {
    return "helpline.measure." + name();
  }
}
