package eu.pharos.identity;

/**
 * A password-reset or invitation link that cannot be used: unknown, expired, already used, or its
 * account changed since. Pages answer 410 Gone for a link that once worked and 404 for one that
 * never existed; both say the same to the user.
 */
public class LinkNotValid extends RuntimeException {

  private final boolean known;

  private LinkNotValid(boolean known) {
    super(known ? "Link expired or used" : "Unknown link");
    this.known = known;
  }

  public static LinkNotValid unknown() {
    return new LinkNotValid(false);
  }

  public static LinkNotValid expired() {
    return new LinkNotValid(true);
  }

  /** Whether the link existed: it expired or was used. */
  public boolean known() {
    return known;
  }
}
