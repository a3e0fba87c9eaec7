package eu.pharos.platform;

/**
 * {@code command:rotate-keys} finished, or stopped at a value that does not open. Published
 * synchronously, so that the audit trail records it before the command exits.
 *
 * @param failedAt where the unreadable value is, when the run failed; null when it succeeded
 */
public record KeysRotated(String dataKeyId, String indexKeyId, long rows, String failedAt) {

  public boolean succeeded() {
    return failedAt == null;
  }
}
