package eu.pharos.knowledge.centre;

/** How the caller stands to a centre, from the least to the most they may do. */
public enum Standing {
  /** Not signed in: public content only. */
  PUBLIC,
  /** A staff user of the network who is not a member of this centre. */
  NETWORK,
  /** A member, in person or through their organisation. */
  MEMBER,
  /** A moderator of this centre, or the secretariat, which runs every centre. */
  MODERATOR;

  public boolean atLeast(Standing other) {
    return compareTo(other) >= 0;
  }

  /** Whether someone of this standing may read content of {@code visibility}. */
  public boolean maySee(Visibility visibility) {
    return switch (visibility) {
      case PUBLIC -> true;
      case NETWORK -> atLeast(NETWORK);
      case CENTRE -> atLeast(MEMBER);
    };
  }
}
