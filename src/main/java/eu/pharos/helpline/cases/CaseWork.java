package eu.pharos.helpline.cases;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.CaseNotFound;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What every piece of case work needs: the case of the caller's organisation, the checks that it
 * may change, its timeline, its latest activity and the audit record of the change. Runs within the
 * transaction of the {@link CaseService} method that called it.
 */
@Component
class CaseWork {

  private final CaseRepository cases;
  private final CaseViews views;
  private final PersonalDataCipher cipher;
  private final AuditLog audit;
  private final EntityManager entityManager;

  CaseWork(
      CaseRepository cases,
      CaseViews views,
      PersonalDataCipher cipher,
      AuditLog audit,
      EntityManager entityManager) {
    this.cases = cases;
    this.views = views;
    this.cipher = cipher;
    this.audit = audit;
    this.entityManager = entityManager;
  }

  CaseRecord find(UUID id) {
    if (id == null) {
      throw new CaseNotFound(null);
    }
    return cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
  }

  void requireOpen(CaseRecord record) {
    if (record.isAnonymised()) {
      throw InvalidInput.of(null, "helpline.cases.error.anonymised");
    }
    if (!record.isOpen()) {
      throw InvalidInput.of(null, "helpline.cases.error.closed");
    }
  }

  /** Refuses a change made from an older version; the current case goes with the refusal. */
  void requireVersion(CaseRecord record, long expectedVersion) {
    if (record.version() != expectedVersion) {
      audit.record(
          AuditRecord.access(CaseService.AUDIT_TYPE, record.id()).detail("stale edit refused"));
      throw new ConcurrentChange(record.version(), views.view(record));
    }
  }

  TimelineEntry write(
      UUID caseId,
      TimelineKind kind,
      String text,
      UUID fileId,
      String fileName,
      UUID author,
      Instant now) {
    TimelineEntry entry =
        new TimelineEntry(caseId, kind, text, fileId, fileName, author, now, cipher);
    entityManager.persist(entry);
    return entry;
  }

  /** Moves the case's latest activity on, for work beside the case itself (see the repository). */
  void touch(UUID caseId, Instant now) {
    cases.touch(caseId, now);
  }

  void audited(String action, UUID caseId, String detail) {
    audit.record(
        AuditRecord.of(action, AuditOutcome.SUCCESS)
            .target(CaseService.AUDIT_TYPE, caseId)
            .detail(detail));
  }

  static UUID me() {
    return TenantContext.currentUser()
        .map(StaffUser::userId)
        .orElseThrow(() -> new IllegalStateException("case work needs a signed-in user"));
  }
}
