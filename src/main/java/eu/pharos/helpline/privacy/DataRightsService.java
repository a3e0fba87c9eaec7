package eu.pharos.helpline.privacy;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.VictimDataRights;
import eu.pharos.helpline.VictimView;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A victim's rights of access and erasure, and legal holds.
 *
 * <p>Who may do what: exports are case work, for advisors and supervisors (the people who answer a
 * victim's request and already see their cases); legal holds and erasure are decisions about the
 * organisation's records, for supervisors and organisation admins. Every export, hold and erasure
 * is audited ({@code helpline.export}, {@code helpline.victim.legal-hold-set}, {@code
 * helpline.victim.legal-hold-cleared}, {@code helpline.victim.erased}); the audit names the victim
 * by id and never carries their data or the free text of a reason.
 */
@Service
@Transactional(readOnly = true)
class DataRightsService implements VictimDataRights {

  static final String EXPORTERS = "hasAnyRole('ADVISOR', 'SUPERVISOR')";
  static final String GUARDIANS = "hasAnyRole('SUPERVISOR', 'ORG_ADMIN')";

  /** Longest reason of a legal hold or an erasure, as the columns allow. */
  static final int MAX_REASON = 1000;

  private final VictimRecords records;
  private final Anonymiser anonymiser;
  private final ExportPdf pdf;
  private final JsonMapper json;
  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;

  DataRightsService(
      VictimRecords records,
      Anonymiser anonymiser,
      ExportPdf pdf,
      JsonMapper json,
      JdbcTemplate jdbc,
      AuditLog audit,
      Clock clock) {
    this.records = records;
    this.anonymiser = anonymiser;
    this.pdf = pdf;
    this.json = json;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @PreAuthorize(EXPORTERS)
  public byte[] exportJson(UUID victimId) {
    VictimExport export = records.export(organisation(), victimId, Instant.now(clock));
    byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
    auditExport(export, "json");
    return bytes;
  }

  @Override
  @PreAuthorize(EXPORTERS)
  public byte[] exportPdf(UUID victimId, Locale locale) {
    VictimExport export = records.export(organisation(), victimId, Instant.now(clock));
    byte[] bytes = pdf.write(export, locale == null ? Locale.ENGLISH : locale);
    auditExport(export, "pdf");
    return bytes;
  }

  @Override
  @Transactional
  @PreAuthorize(GUARDIANS)
  public VictimView setLegalHold(UUID victimId, String reason) {
    String checked = reason(reason);
    UUID organisationId = organisation();
    VictimRecords.VictimState state = records.state(organisationId, victimId, true);
    if (state.erasedAt() != null) {
      throw InvalidInput.of(null, "helpline.privacy.erased");
    }
    Instant now = Instant.now(clock);
    jdbc.update(
        "update helpline_victim set legal_hold_reason = ?, legal_hold_set_at = ?,"
            + " legal_hold_set_by = ?, version = version + 1"
            + " where id = ? and organisation_id = ?",
        checked,
        Timestamp.from(now),
        actor(),
        victimId,
        organisationId);
    audit.record(
        AuditRecord.of("helpline.victim.legal-hold-set", AuditOutcome.SUCCESS)
            .target("helpline.victim", victimId));
    return records.view(organisationId, victimId);
  }

  @Override
  @Transactional
  @PreAuthorize(GUARDIANS)
  public VictimView clearLegalHold(UUID victimId) {
    UUID organisationId = organisation();
    VictimRecords.VictimState state = records.state(organisationId, victimId, true);
    if (state.legalHoldReason() != null) {
      jdbc.update(
          "update helpline_victim set legal_hold_reason = null, legal_hold_set_at = null,"
              + " legal_hold_set_by = null, version = version + 1"
              + " where id = ? and organisation_id = ?",
          victimId,
          organisationId);
      audit.record(
          AuditRecord.of("helpline.victim.legal-hold-cleared", AuditOutcome.SUCCESS)
              .target("helpline.victim", victimId));
    }
    return records.view(organisationId, victimId);
  }

  @Override
  @Transactional
  @PreAuthorize(GUARDIANS)
  public VictimView erase(UUID victimId, String reason) {
    UUID organisationId = organisation();
    VictimRecords.VictimState state = records.state(organisationId, victimId, true);
    if (state.erasedAt() != null) {
      throw InvalidInput.of(null, "helpline.privacy.erased");
    }
    if (state.legalHoldReason() != null) {
      audit.record(
          AuditRecord.of("helpline.victim.erased", AuditOutcome.DENIED)
              .target("helpline.victim", victimId)
              .detail("refused: legal hold"));
      throw InvalidInput.of(null, "helpline.privacy.erasure.legal-hold", state.legalHoldReason());
    }
    String checked = reason(reason);
    Instant now = Instant.now(clock);
    List<Anonymiser.CaseResult> cases =
        anonymiser.eraseVictim(organisationId, victimId, actor(), checked, now);
    audit.record(
        AuditRecord.of("helpline.victim.erased", AuditOutcome.SUCCESS)
            .target("helpline.victim", victimId)
            .detail(
                cases.size()
                    + " cases, "
                    + cases.stream().mapToInt(Anonymiser.CaseResult::contacts).sum()
                    + " contacts, "
                    + cases.stream().mapToInt(Anonymiser.CaseResult::documents).sum()
                    + " documents anonymised"));
    return records.view(organisationId, victimId);
  }

  private void auditExport(VictimExport export, String format) {
    audit.record(
        AuditRecord.access("helpline.export", export.victim().id())
            .detail(
                format
                    + ": "
                    + export.cases().size()
                    + " cases, "
                    + export.contactCount()
                    + " contacts"));
  }

  private static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw InvalidInput.of("reason", "helpline.privacy.reason.required");
    }
    String stripped = reason.strip();
    if (stripped.length() > MAX_REASON) {
      throw InvalidInput.of(
          "reason", "helpline.privacy.reason.too-long", String.valueOf(MAX_REASON));
    }
    return stripped;
  }

  private static UUID organisation() {
    UUID organisationId = TenantContext.current();
    if (TenantContext.NOBODY.equals(organisationId)
        || TenantContext.SYSTEM.equals(organisationId)) {
      throw new IllegalStateException("data rights are exercised within one organisation");
    }
    return organisationId;
  }

  private static UUID actor() {
    return TenantContext.currentUser().map(StaffUser::userId).orElse(null);
  }
}
