package eu.pharos.identity;

/** What a staff user may do. A user holds one or more roles within their organisation. */
public enum Role {
  NETWORK_ADMIN(true),
  SECRETARIAT(false),
  ORG_ADMIN(true),
  SUPERVISOR(true),
  ADVISOR(true),
  EVALUATOR(false),
  TRAINER(false),
  MEMBER(false);

  private final boolean requiresSecondFactor;

  Role(boolean requiresSecondFactor) {
    this.requiresSecondFactor = requiresSecondFactor;
  }

  /** Roles that can see victims' data, or manage those who can, sign in with a second factor. */
  public boolean requiresSecondFactor() {
    return requiresSecondFactor;
  }

  /** The Spring Security authority, for {@code hasRole} checks. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** Key of the role's name in the message bundles. */
  public String messageKey() {
    return "role." + name();
  }
}
