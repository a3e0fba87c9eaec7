package eu.pharos.audit;

import java.util.List;
import java.util.UUID;

/** Writes to and reads from the audit trail. */
public interface AuditLog {

  /**
   * Appends a record. The actor, their organisation and the remote address come from the current
   * request unless the record names them. The record is committed even if the caller's transaction
   * rolls back: an access that happened stays logged. It returns once the record is committed,
   * never needs a second connection from the caller's pool, and shares its commit with the records
   * of concurrent callers.
   */
  void record(AuditRecord record);

  /**
   * Appends records that belong together, such as the cases of a list and the victims it names, in
   * this order and committed together: one wait instead of one per record.
   */
  void recordAll(List<AuditRecord> records);

  /**
   * Holds back the records made on this thread until the returned scope closes, then appends them
   * together: for a read that audits in several places (a list of cases and the victims it names),
   * one commit instead of one per record. Close it before the data leaves the server, as with
   * try-with-resources around the read. Scopes opened inside an open one join it.
   */
  Gathering gather();

  /** Records held back by {@link #gather()}; closing appends them. */
  interface Gathering extends AutoCloseable {
    @Override
    void close();
  }

  /** Recomputes the whole chain. */
  AuditVerification verify();

  /** The newest entries, newest first; all organisations when {@code organisationId} is null. */
  List<AuditEntryView> latest(UUID organisationId, int limit);
}
