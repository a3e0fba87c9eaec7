package eu.pharos.audit.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.platform.KeysRotated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes each run of {@code command:rotate-keys} to the audit trail, before the command exits. */
@Component
class KeyRotationAuditor {

  private final AuditLog auditLog;

  KeyRotationAuditor(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @EventListener
  void on(KeysRotated run) {
    if (run.succeeded()) {
      auditLog.record(
          AuditRecord.of("keys.rotated", AuditOutcome.SUCCESS)
              .detail(
                  "data key "
                      + run.dataKeyId()
                      + ", index key "
                      + run.indexKeyId()
                      + ", "
                      + run.rows()
                      + " rows"));
    } else {
      auditLog.record(
          AuditRecord.of("keys.rotation-failed", AuditOutcome.FAILURE).detail(run.failedAt()));
    }
  }
}
