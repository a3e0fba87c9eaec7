package eu.pharos.knowledge.practice;

/** How adopting a practice went, as the adopting organisation reports it. */
public enum AdoptionStatus {
  PLANNED,
  IN_PROGRESS,
  ADOPTED,
  ABANDONED;

  public String messageKey() {
    return "knowledge.practice.adoption.status." + name();
  }
}
