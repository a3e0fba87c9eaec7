package eu.pharos.shared;

/**
 * A change made against a version of a record that someone else has changed since: nothing was
 * stored. Pages show the newer version beside the one the user submitted so that they can merge by
 * hand; the API answers a 409 {@code concurrent-change} problem with the current version.
 */
public class ConcurrentChange extends RuntimeException {

  private final long currentVersion;
  private final transient Object current;

  /**
   * @param currentVersion the version now stored
   * @param current the record as now stored, for showing beside the submitted one
   */
  public ConcurrentChange(long currentVersion, Object current) {
    super("changed meanwhile; now at version " + currentVersion);
    this.currentVersion = currentVersion;
    this.current = current;
  }

  public long currentVersion() {
    return currentVersion;
  }

  public Object current() {
    return current;
  }
}
