package eu.pharos.knowledge.centre;

/** A membership's role in its centre. */
public enum MemberRole {
  MEMBER,
  MODERATOR;

  public String messageKey() {
    return "knowledge.member-role." + name();
  }
}
