package eu.pharos.network;

/** Where a member stands with the secretariat. Only {@link #APPROVED} members are public. */
public enum MemberStatus {
  /** Added or applied, waiting for the secretariat's approval. */
  PENDING,
  APPROVED,
  /** No longer a member; kept for history, never shown publicly. */
  ENDED;

  public String messageKey() {
    return "network.member-status." + name();
  }
}
