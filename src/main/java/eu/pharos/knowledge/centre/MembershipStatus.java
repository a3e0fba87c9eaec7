package eu.pharos.knowledge.centre;

/** Where a membership stands. */
public enum MembershipStatus {
  /** Asked to join a centre that takes members on request; a moderator decides. */
  REQUESTED,
  /** Invited by a moderator; the invitee accepts or declines. */
  INVITED,
  ACTIVE;

  public String messageKey() {
    return "knowledge.membership-status." + name();
  }
}
