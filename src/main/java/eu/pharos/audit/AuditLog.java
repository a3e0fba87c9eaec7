package eu.pharos.audit;

import java.util.List;
import java.util.UUID;

/** Writes to and reads from the audit trail. */
public interface AuditLog {

  /**
   * Appends a record. The actor, their organisation and the remote address come from the current
   * request unless the record names them. The record is committed even if the caller's transaction
   * rolls back: an access that happened stays logged.
   */
  void record(AuditRecord record);

  /** Recomputes the whole chain. */
  AuditVerification verify();

  /** The newest entries, newest first; all organisations when {@code organisationId} is null. */
  List<AuditEntryView> latest(UUID organisationId, int limit);
}
