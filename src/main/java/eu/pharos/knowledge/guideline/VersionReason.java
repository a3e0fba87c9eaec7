package eu.pharos.knowledge.guideline;

/** Why a version was frozen. */
public enum VersionReason {
  REVIEW,
  ADOPTION;

  public String messageKey() {
    return "knowledge.guideline.version.reason." + name();
  }
}
