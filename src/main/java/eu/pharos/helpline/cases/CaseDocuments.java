package eu.pharos.helpline.cases;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.CaseNotFound;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.platform.FileStore;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.platform.StoredFileView;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of a case's timeline, for download by the case's organisation. Each download is an
 * audited read of the case.
 */
@Component
@PreAuthorize(CaseService.CASE_WORK)
public class CaseDocuments {

  /**
   * A document ready to send; the caller closes {@code content}.
   *
   * @param fileName the name the uploader gave
   * @param contentType as detected from the content when it was stored
   */
  public record Download(String fileName, String contentType, long size, InputStream content) {}

  private final CaseRepository cases;
  private final TimelineRepository timeline;
  private final FileStore files;
  private final PersonalDataCipher cipher;
  private final AuditLog audit;

  CaseDocuments(
      CaseRepository cases,
      TimelineRepository timeline,
      FileStore files,
      PersonalDataCipher cipher,
      AuditLog audit) {
    this.cases = cases;
    this.timeline = timeline;
    this.files = files;
    this.cipher = cipher;
    this.audit = audit;
  }

  /**
   * @throws CaseNotFound for an unknown case or entry, an entry that is no document, or a case of
   *     another organisation
   */
  @Transactional(readOnly = true)
  public Download open(UUID caseId, UUID entryId) {
    cases.findById(caseId).orElseThrow(() -> new CaseNotFound(caseId));
    TimelineEntry entry =
        timeline
            .findByIdAndCaseId(entryId, caseId)
            .filter(e -> e.kind() == TimelineKind.DOCUMENT && e.fileId() != null)
            .orElseThrow(() -> new CaseNotFound(caseId));
    StoredFileView file = files.find(entry.fileId()).orElseThrow(() -> new CaseNotFound(caseId));
    audit.record(AuditRecord.access(CaseService.AUDIT_TYPE, caseId).detail("document " + entryId));
    return new Download(
        entry.fileName(cipher), file.contentType(), file.size(), files.open(file.id()));
  }
}
