package eu.pharos.knowledge.centre;

/** How organisations and people join a centre. */
public enum JoinPolicy {
  /** Anyone in the network joins at once. */
  OPEN,
  /** Anyone may ask; a moderator accepts or declines. */
  ON_REQUEST,
  /** Only those a moderator invites. */
  INVITATION;

  public String messageKey() {
    return "knowledge.join-policy." + name();
  }
}
