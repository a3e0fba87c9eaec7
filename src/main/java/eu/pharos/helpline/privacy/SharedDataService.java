package eu.pharos.helpline.privacy;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.CaseNotFound;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.ConsentNotFound;
import eu.pharos.helpline.ConsentWithdrawn;
import eu.pharos.helpline.DataItem;
import eu.pharos.helpline.SharedDataWithdrawal;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.helpline.VictimNotFound;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes data another module brought, and withdraws consents, as Pharos: straight in the tables,
 * filtered by the organisation in scope, with the rows locked while they change (no version check:
 * this is not an edit made from what someone saw). Nothing here reads or names a signed-in user;
 * there must be none, or the audit trail would name them.
 */
@Service
@Transactional
class SharedDataService implements SharedDataWithdrawal {

  static final String REMOVED = "helpline.shared-data-removed";
  static final String CONSENT_WITHDRAWN = "helpline.consent.withdrawn";

  private static final String CASE_TYPE = "helpline.case";
  private static final String VICTIM_TYPE = "helpline.victim";

  /** The victim's columns each item clears; sealed values lose their blind index with them. */
  private static final Map<DataItem, List<String>> VICTIM_COLUMNS =
      Map.of(
          DataItem.FULL_NAME, List.of("full_name_sealed", "name_index"),
          DataItem.PHONE, List.of("phone_sealed", "phone_index"),
          DataItem.EMAIL, List.of("email_sealed"),
          DataItem.ADDRESS, List.of("address_sealed"),
          DataItem.DATE_OF_BIRTH, List.of("date_of_birth_sealed"),
          DataItem.PREFERRED_LANGUAGE, List.of("preferred_language"),
          DataItem.RESIDENCE_COUNTRY, List.of("residence_country"));

  /** The case's columns each item clears. */
  private static final Map<DataItem, List<String>> CASE_COLUMNS =
      Map.of(
          DataItem.CRIME_TYPE, List.of("crime_type"),
          DataItem.CRIME_DATE, List.of("crime_date"),
          DataItem.CRIME_PLACE, List.of("crime_place_sealed"),
          DataItem.CRIME_COUNTRY, List.of("crime_country", "cross_border"),
          DataItem.CRIME_SUMMARY, List.of("summary_sealed"),
          DataItem.RESIDENCE_COUNTRY, List.of("residence_country", "cross_border"));

  private final VictimRecords records;
  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SharedDataService(
      VictimRecords records,
      JdbcTemplate jdbc,
      PersonalDataCipher cipher,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.records = records;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void removeSharedData(UUID caseId, Set<DataItem> items, String reason) {
    UUID organisationId = organisation();
    CaseState state = lockCase(organisationId, caseId);
    Set<DataItem> wanted = items == null ? EnumSet.noneOf(DataItem.class) : EnumSet.copyOf(items);
    String why = reason == null || reason.isBlank() ? "consent withdrawn" : reason.strip();
    Instant now = Instant.now(clock);
    VictimRecords.VictimState victim =
        state.victimId() == null ? null : records.state(organisationId, state.victimId(), true);
    if (victim != null && victim.erasedAt() == null && victim.legalHoldReason() != null) {
      if (!state.anonymised()) {
        timeline(organisationId, caseId, TimelineKind.SHARED_DATA_KEPT, why, now);
      }
      audit.record(
          pharos(REMOVED, AuditOutcome.DENIED, organisationId)
              .target(CASE_TYPE, caseId)
              .detail("kept under legal hold: " + why));
      return;
    }
    List<String> cleared = new ArrayList<>();
    if (victim != null && victim.erasedAt() == null) {
      Set<String> columns = columns(VICTIM_COLUMNS, wanted);
      if (!columns.isEmpty()) {
        jdbc.update(
            "update helpline_victim set "
                + assignments(columns)
                + ", updated_at = ?, updated_by = null, version = version + 1"
                + " where id = ? and organisation_id = ?",
            Timestamp.from(now),
            victim.id(),
            organisationId);
        cleared.add("victim " + victim.id());
      }
    }
    if (!state.anonymised()) {
      Set<String> columns = columns(CASE_COLUMNS, wanted);
      if (!columns.isEmpty()) {
        jdbc.update(
            "update helpline_case set "
                + assignments(columns)
                + ", version = version + 1 where id = ? and organisation_id = ?",
            caseId,
            organisationId);
        cleared.add("case");
      }
      timeline(organisationId, caseId, TimelineKind.SHARED_DATA_REMOVED, why, now);
    }
    audit.record(
        pharos(REMOVED, AuditOutcome.SUCCESS, organisationId)
            .target(CASE_TYPE, caseId)
            .detail(
                why
                    + "; "
                    + (cleared.isEmpty() ? "nothing held" : String.join(", ", cleared))
                    + "; items "
                    + wanted.stream().map(Enum::name).collect(Collectors.joining(" "))));
  }

  @Override
  public void withdrawConsentOnRequest(
      UUID victimId, UUID consentId, ConsentMethod method, String reason) {
    UUID organisationId = organisation();
    if (victimId == null) {
      throw new VictimNotFound(null);
    }
    records.state(organisationId, victimId, true);
    List<Boolean> withdrawn =
        jdbc.query(
            "select withdrawn_at from helpline_consent"
                + " where id = ? and victim_id = ? and organisation_id = ? for update",
            (rs, n) -> rs.getTimestamp("withdrawn_at") != null,
            consentId,
            victimId,
            organisationId);
    if (withdrawn.isEmpty()) {
      throw new ConsentNotFound(consentId);
    }
    if (withdrawn.get(0)) {
      return;
    }
    ConsentMethod how = method == null ? ConsentMethod.WRITTEN : method;
    Instant now = Instant.now(clock);
    jdbc.update(
        "update helpline_consent set withdrawn_at = ?, withdrawal_method = ?,"
            + " withdrawal_recorded_by = null where id = ? and organisation_id = ?",
        Timestamp.from(now),
        how.name(),
        consentId,
        organisationId);
    events.publishEvent(new ConsentWithdrawn(consentId, victimId, organisationId, now, how, true));
    String why = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
    audit.record(
        pharos(CONSENT_WITHDRAWN, AuditOutcome.SUCCESS, organisationId)
            .target(VICTIM_TYPE, victimId)
            .detail("consent " + consentId + why));
  }

  private record CaseState(UUID victimId, boolean anonymised) {}

  private CaseState lockCase(UUID organisationId, UUID caseId) {
    if (caseId == null) {
      throw new CaseNotFound(null);
    }
    List<CaseState> found =
        jdbc.query(
            "select victim_id, anonymised_at from helpline_case"
                + " where id = ? and organisation_id = ? for update",
            (rs, n) ->
                new CaseState(
                    rs.getObject("victim_id", UUID.class),
                    rs.getTimestamp("anonymised_at") != null),
            caseId,
            organisationId);
    if (found.isEmpty()) {
      throw new CaseNotFound(caseId);
    }
    return found.get(0);
  }

  /** A timeline entry without author: nobody of the organisation wrote it. */
  private void timeline(
      UUID organisationId, UUID caseId, TimelineKind kind, String text, Instant now) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into helpline_timeline_entry (id, organisation_id, case_id, kind, text_sealed,"
            + " key_id, occurred_at, author_id) values (?, ?, ?, ?, ?, ?, ?, null)",
        id,
        organisationId,
        caseId,
        kind.name(),
        cipher.seal(text, "helpline_timeline_entry.text_sealed:" + id),
        cipher.currentKeyId(),
        Timestamp.from(now));
  }

  private static Set<String> columns(Map<DataItem, List<String>> byItem, Set<DataItem> items) {
    Set<String> columns = new LinkedHashSet<>();
    for (DataItem item : DataItem.values()) {
      if (items.contains(item)) {
        columns.addAll(byItem.getOrDefault(item, List.of()));
      }
    }
    return columns;
  }

  /** Column names come from the maps above, never from input. */
  private static String assignments(Set<String> columns) {
    return columns.stream()
        .map(c -> c.equals("cross_border") ? c + " = false" : c + " = null")
        .collect(Collectors.joining(", "));
  }

  private static AuditRecord pharos(String action, AuditOutcome outcome, UUID organisationId) {
    return AuditRecord.of(action, outcome).actor(null, ACTOR, organisationId);
  }

  /** The organisation in scope; refused with a signed-in user, who would be named as the actor. */
  private static UUID organisation() {
    if (TenantContext.currentUser().isPresent()) {
      throw new IllegalStateException(
          "shared data is removed by Pharos, never on behalf of a signed-in user");
    }
    UUID organisationId = TenantContext.current();
    if (TenantContext.NOBODY.equals(organisationId)
        || TenantContext.SYSTEM.equals(organisationId)) {
      throw new IllegalStateException("shared data is removed within one organisation");
    }
    return organisationId;
  }
}
