package eu.pharos.platform;

/**
 * Work that rotating keys needs beyond sealing every {@code *_sealed} column again, which {@code
 * command:rotate-keys} does for all modules by itself: a module's blind indexes, computed with the
 * index key. A module declares its step as a bean; the command runs it after the columns, in
 * batches, each in its own transaction, until {@link #staleRows()} is zero.
 */
public interface KeyRotationStep {

  /** What the step does, for the command's progress lines ("helpline_victim (blind indexes)"). */
  String name();

  /** Rows that do not name the current keys yet. */
  long staleRows();

  /**
   * Brings up to {@code batchSize} stale rows to the current keys, within the caller's transaction.
   *
   * @return how many rows it changed; 0 when none was left
   * @throws UnreadableValue when a value it needs does not open
   */
  int rotateBatch(int batchSize);
}
