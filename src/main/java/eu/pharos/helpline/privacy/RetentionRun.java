package eu.pharos.helpline.privacy;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.CaseStatus;
import eu.pharos.helpline.RetentionReport;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One retention run across every organisation. For each organisation with something to do, in that
 * organisation's scope and in batches of {@value #BATCH} cases per transaction:
 *
 * <ol>
 *   <li>closed cases closed longer ago than the organisation's policy are anonymised, except the
 *       cases of a victim under legal hold, which are skipped and counted;
 *   <li>a victim of such a case none of whose cases is kept any more is erased;
 *   <li>contacts that belong to no case and started longer ago than the policy lose their notes and
 *       transcripts too, as nothing else would ever remove them.
 * </ol>
 *
 * <p>What each organisation got is stored in {@code helpline_retention_result} and audited in that
 * organisation's name; the totals go to {@code helpline_retention_run} and the audit trail.
 */
@Component
class RetentionRun {

  static final int BATCH = 200;

  /** The reason recorded on victims that retention erases. */
  static final String RETENTION_REASON = "retention";

  private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

  /** What one organisation got. */
  record OrganisationResult(
      UUID organisationId,
      int retentionDays,
      int casesAnonymised,
      int contactsAnonymised,
      int victimsErased,
      int skippedOnLegalHold) {}

  /** The run's totals and each organisation's part. */
  record Outcome(RetentionReport report, List<OrganisationResult> organisations) {}

  private final JdbcTemplate jdbc;
  private final Anonymiser anonymiser;
  private final TransactionTemplate transactions;
  private final AuditLog audit;
  private final Clock clock;
  private final int defaultDays;

  RetentionRun(
      JdbcTemplate jdbc,
      Anonymiser anonymiser,
      TransactionTemplate transactions,
      AuditLog audit,
      Clock clock,
      @Value("${pharos.helpline.retention.default-days}") int defaultDays) {
    this.jdbc = jdbc;
    this.anonymiser = anonymiser;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
    this.defaultDays = defaultDays;
  }

  Outcome execute() {
    UUID runId = UUID.randomUUID();
    Instant started = Instant.now(clock);
    jdbc.update(
        "insert into helpline_retention_run (id, started_at, cases_anonymised,"
            + " contacts_anonymised, victims_erased, skipped_on_hold) values (?, ?, 0, 0, 0, 0)",
        runId,
        Timestamp.from(started));
    List<OrganisationResult> results = new ArrayList<>();
    for (UUID organisationId : organisationsWithWork()) {
      OrganisationResult result =
          TenantContext.runAs(organisationId, () -> organisation(runId, organisationId, started));
      if (result != null) {
        results.add(result);
      }
    }
    Instant finished = Instant.now(clock);
    RetentionReport report =
        new RetentionReport(
            runId,
            started,
            finished,
            results.stream().mapToInt(OrganisationResult::casesAnonymised).sum(),
            results.stream().mapToInt(OrganisationResult::contactsAnonymised).sum(),
            results.stream().mapToInt(OrganisationResult::victimsErased).sum(),
            results.stream().mapToInt(OrganisationResult::skippedOnLegalHold).sum());
    jdbc.update(
        "update helpline_retention_run set finished_at = ?, cases_anonymised = ?,"
            + " contacts_anonymised = ?, victims_erased = ?, skipped_on_hold = ?, detail = ?"
            + " where id = ?",
        Timestamp.from(finished),
        report.casesAnonymised(),
        report.contactsAnonymised(),
        report.victimsErased(),
        report.skippedOnLegalHold(),
        results.size() + " organisations",
        runId);
    audit.record(
        AuditRecord.of("helpline.retention.run", AuditOutcome.SUCCESS)
            .target("helpline.retention-run", runId)
            .detail(figures(report))
            .actor(null, "retention", null));
    log.info("Retention run {}: {}", runId, figures(report));
    return new Outcome(report, List.copyOf(results));
  }

  /** Organisations with a closed case or a contact outside any case that retention may concern. */
  private List<UUID> organisationsWithWork() {
    return jdbc.queryForList(
        "select organisation_id from helpline_case where status = ? and anonymised_at is null"
            + " and closed_at is not null"
            + " union select organisation_id from helpline_contact"
            + " where case_id is null and anonymised_at is null",
        UUID.class,
        CaseStatus.CLOSED.name());
  }

  private OrganisationResult organisation(UUID runId, UUID organisationId, Instant now) {
    int days = retentionDays(organisationId);
    Instant cutoff = now.minus(Duration.ofDays(days));
    Timestamp before = Timestamp.from(cutoff);
    int cases = 0;
    int contacts = 0;
    int victims = 0;
    while (true) {
      Batch batch = transactions.execute(status -> batch(organisationId, before, now));
      cases += batch.cases();
      contacts += batch.contacts();
      victims += batch.victims();
      if (!batch.full()) {
        break;
      }
    }
    int unlinked =
        transactions.execute(
            status ->
                jdbc.update(
                    "update helpline_contact set note_sealed = null, transcript_sealed = null,"
                        + " key_id = null, anonymised_at = ?, version = version + 1"
                        + " where organisation_id = ? and case_id is null"
                        + " and anonymised_at is null and started_at < ?",
                    Timestamp.from(now),
                    organisationId,
                    before));
    contacts += unlinked;
    Integer held =
        jdbc.queryForObject(
            "select count(*) from helpline_case c join helpline_victim v on v.id = c.victim_id"
                + " where c.organisation_id = ? and c.status = ? and c.anonymised_at is null"
                + " and c.closed_at < ? and v.legal_hold_reason is not null",
            Integer.class,
            organisationId,
            CaseStatus.CLOSED.name(),
            before);
    int skipped = held == null ? 0 : held;
    OrganisationResult result =
        new OrganisationResult(organisationId, days, cases, contacts, victims, skipped);
    jdbc.update(
        "insert into helpline_retention_result (run_id, organisation_id, retention_days,"
            + " cases_anonymised, contacts_anonymised, victims_erased, skipped_on_hold)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        runId,
        organisationId,
        days,
        cases,
        contacts,
        victims,
        skipped);
    if (cases + contacts + victims + skipped > 0) {
      audit.record(
          AuditRecord.of("helpline.retention.run", AuditOutcome.SUCCESS)
              .target("helpline.retention-run", runId)
              .detail(days + " days: " + figures(result))
              .actor(null, "retention", organisationId));
    }
    return result;
  }

  private record Batch(boolean full, int cases, int contacts, int victims) {}

  private Batch batch(UUID organisationId, Timestamp before, Instant now) {
    List<UUID> expired =
        jdbc.queryForList(
            "select c.id from helpline_case c where c.organisation_id = ? and c.status = ?"
                + " and c.anonymised_at is null and c.closed_at < ?"
                + " and not exists (select 1 from helpline_victim v where v.id = c.victim_id"
                + " and v.legal_hold_reason is not null)"
                + " order by c.closed_at, c.id fetch first "
                + BATCH
                + " rows only",
            UUID.class,
            organisationId,
            CaseStatus.CLOSED.name(),
            before);
    int contacts = 0;
    Set<UUID> victims = new LinkedHashSet<>();
    int cases = 0;
    for (UUID caseId : expired) {
      Anonymiser.CaseResult result = anonymiser.anonymiseCase(organisationId, caseId, now);
      if (result != null) {
        cases++;
        contacts += result.contacts();
        if (result.victimId() != null) {
          victims.add(result.victimId());
        }
      }
    }
    int erased = 0;
    for (UUID victimId : victims) {
      Integer kept =
          jdbc.queryForObject(
              "select count(*) from helpline_case where victim_id = ? and organisation_id = ?"
                  + " and anonymised_at is null",
              Integer.class,
              victimId,
              organisationId);
      Integer erasable =
          jdbc.queryForObject(
              "select count(*) from helpline_victim where id = ? and organisation_id = ?"
                  + " and erased_at is null and legal_hold_reason is null",
              Integer.class,
              victimId,
              organisationId);
      if ((kept == null || kept == 0) && erasable != null && erasable == 1) {
        anonymiser.eraseVictim(organisationId, victimId, null, RETENTION_REASON, now);
        erased++;
      }
    }
    return new Batch(expired.size() == BATCH, cases, contacts, erased);
  }

  private int retentionDays(UUID organisationId) {
    List<Integer> days =
        jdbc.queryForList(
            "select closed_case_retention_days from helpline_settings where organisation_id = ?",
            Integer.class,
            organisationId);
    return days.isEmpty() ? defaultDays : days.get(0);
  }

  private static String figures(RetentionReport r) {
    return r.casesAnonymised()
        + " cases anonymised, "
        + r.contactsAnonymised()
        + " contacts anonymised, "
        + r.victimsErased()
        + " victims erased, "
        + r.skippedOnLegalHold()
        + " cases skipped on legal hold";
  }

  private static String figures(OrganisationResult r) {
    return r.casesAnonymised()
        + " cases anonymised, "
        + r.contactsAnonymised()
        + " contacts anonymised, "
        + r.victimsErased()
        + " victims erased, "
        + r.skippedOnLegalHold()
        + " cases skipped on legal hold";
  }
}
