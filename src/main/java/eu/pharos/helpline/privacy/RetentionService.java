package eu.pharos.helpline.privacy;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.Retention;
import eu.pharos.helpline.RetentionPolicy;
import eu.pharos.helpline.RetentionReport;
import eu.pharos.helpline.internal.References;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's retention policy (for its admins) and retention runs. A run concerns every
 * organisation, so it is started by the nightly job or the operator command, which run without a
 * signed-in user, or by a network administrator; an organisation admin reads the runs' figures for
 * their own organisation only.
 */
@Service
class RetentionService implements Retention {

  static final int MIN_DAYS = 30;
  static final int MAX_DAYS = 3650;
  static final String ADMINS = "hasRole('ORG_ADMIN')";

  private final JdbcTemplate jdbc;
  private final References references;
  private final RetentionRun runs;
  private final AuditLog audit;
  private final Clock clock;

  RetentionService(
      JdbcTemplate jdbc, References references, RetentionRun runs, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.references = references;
    this.runs = runs;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  @PreAuthorize(ADMINS)
  public RetentionPolicy policy() {
    UUID organisationId = organisation();
    references.ensureSettings(organisationId);
    return read(organisationId, false);
  }

  @Override
  @Transactional
  @PreAuthorize(ADMINS)
  public RetentionPolicy changePolicy(int closedCaseRetentionDays, long expectedVersion) {
    if (closedCaseRetentionDays < MIN_DAYS || closedCaseRetentionDays > MAX_DAYS) {
      throw InvalidInput.of(
          "closedCaseRetentionDays",
          "helpline.privacy.retention.days.range",
          String.valueOf(MIN_DAYS),
          String.valueOf(MAX_DAYS));
    }
    UUID organisationId = organisation();
    references.ensureSettings(organisationId);
    RetentionPolicy current = read(organisationId, true);
    if (current.version() != expectedVersion) {
      throw new ConcurrentChange(current.version(), current);
    }
    if (current.closedCaseRetentionDays() == closedCaseRetentionDays) {
      return current;
    }
    jdbc.update(
        "update helpline_settings set closed_case_retention_days = ?, updated_at = ?,"
            + " updated_by = ?, version = version + 1 where organisation_id = ?",
        closedCaseRetentionDays,
        Timestamp.from(Instant.now(clock)),
        TenantContext.currentUser().map(StaffUser::userId).orElse(null),
        organisationId);
    audit.record(
        AuditRecord.of("helpline.retention.policy-changed", AuditOutcome.SUCCESS)
            .target("helpline.retention-policy", organisationId)
            .detail(
                current.closedCaseRetentionDays() + " to " + closedCaseRetentionDays + " days"));
    return read(organisationId, false);
  }

  /**
   * Runs outside any transaction of the caller: each organisation's batches commit on their own.
   */
  @Override
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public RetentionReport run() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (TenantContext.currentUser().isPresent()
        && auth.getAuthorities().stream()
            .noneMatch(a -> "ROLE_NETWORK_ADMIN".equals(a.getAuthority()))) {
      throw new AccessDeniedException("retention runs concern every organisation");
    }
    return runs.execute().report();
  }

  /** The latest runs with this organisation's figures, newest first. */
  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(ADMINS)
  public List<RetentionReport> recentRuns(int limit) {
    int size = Math.max(1, Math.min(limit, 100));
    return jdbc.query(
        "select r.id, r.started_at, r.finished_at, o.cases_anonymised, o.contacts_anonymised,"
            + " o.victims_erased, o.skipped_on_hold from helpline_retention_run r"
            + " left join helpline_retention_result o on o.run_id = r.id"
            + " and o.organisation_id = ?"
            + " order by r.started_at desc fetch first "
            + size
            + " rows only",
        (rs, n) ->
            new RetentionReport(
                rs.getObject("id", UUID.class),
                VictimRecords.instant(rs, "started_at"),
                VictimRecords.instant(rs, "finished_at"),
                rs.getInt("cases_anonymised"),
                rs.getInt("contacts_anonymised"),
                rs.getInt("victims_erased"),
                rs.getInt("skipped_on_hold")),
        organisation());
  }

  private RetentionPolicy read(UUID organisationId, boolean forUpdate) {
    return jdbc.queryForObject(
        "select closed_case_retention_days, updated_at, version from helpline_settings"
            + " where organisation_id = ?"
            + (forUpdate ? " for update" : ""),
        (rs, n) ->
            new RetentionPolicy(
                rs.getInt("closed_case_retention_days"),
                VictimRecords.instant(rs, "updated_at"),
                rs.getLong("version")),
        organisationId);
  }

  private static UUID organisation() {
    UUID organisationId = TenantContext.current();
    if (TenantContext.NOBODY.equals(organisationId)
        || TenantContext.SYSTEM.equals(organisationId)) {
      throw new IllegalStateException("a retention policy belongs to one organisation");
    }
    return organisationId;
  }
}
