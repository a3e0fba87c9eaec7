package eu.pharos.knowledge.guideline;

/** What a centre drafts: a policy guideline, or a common recommendation of its members. */
public enum GuidelineKind {
  GUIDELINE,
  RECOMMENDATION;

  public String messageKey() {
    return "knowledge.guideline.kind." + name();
  }
}
