package eu.pharos.helpline;

/** What a quality review of a closed case checks. Stored by name: never rename an entry. */
public enum ReviewCriterion {
  NEEDS_ASSESSED,
  INFORMED_OF_RIGHTS,
  CONSENT_RECORDED,
  PLAN_MATCHED_NEEDS,
  FOLLOW_UPS_ON_TIME,
  RECORDS_COMPLETE,
  CLOSED_APPROPRIATELY;

  /** How well a case met a criterion. */
  public enum Rating {
    MET,
    PARTLY_MET,
    NOT_MET,
    NOT_APPLICABLE;

    public String messageKey() {
      return "helpline.review.rating." + name();
    }
  }

  public String messageKey() {
    return "helpline.review.criterion." + name();
  }
}
