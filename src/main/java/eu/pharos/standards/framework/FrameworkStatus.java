package eu.pharos.standards.framework;

/**
 * Only a draft can be changed; an adopted framework is used by new cycles; a retired one no more.
 */
public enum FrameworkStatus {
  DRAFT,
  ADOPTED,
  RETIRED;

  public String messageKey() {
    return "standards.framework.status." + name();
  }
}
