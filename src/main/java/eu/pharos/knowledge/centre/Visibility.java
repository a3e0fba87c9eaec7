package eu.pharos.knowledge.centre;

/** Who may read a piece of a centre's content. */
public enum Visibility {
  /** Anyone, signed in or not. */
  PUBLIC,
  /** Every signed-in staff user of the network's organisations. */
  NETWORK,
  /** The centre's members (and its moderators and the secretariat). */
  CENTRE;

  /** Key of the visibility's name in the message bundles. */
  public String messageKey() {
    return "knowledge.visibility." + name();
  }
}
