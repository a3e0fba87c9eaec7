package eu.pharos.helpline.privacy;

import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimNotFound;
import eu.pharos.helpline.VictimView;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.platform.PersonalDataCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads everything held on a victim straight from the helpline's tables, filtered by the
 * organisation, and opens the sealed values with the {@link PersonalDataCipher} (each under its
 * context {@code <table>.<column>:<row id>}). Auditing is the caller's business.
 */
@Component
class VictimRecords {

  /** The state of a victim that data rights decide on, without opening anything. */
  record VictimState(
      UUID id, String reference, String legalHoldReason, Instant erasedAt, long version) {}

  private static final String VICTIM_COLUMNS =
      "id, reference, full_name_sealed, phone_sealed, email_sealed, address_sealed,"
          + " date_of_birth_sealed, preferred_language, residence_country, legal_hold_reason,"
          + " legal_hold_set_at, erased_at, erasure_reason, created_at, updated_at, version";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final Users users;
  private final Organisations organisations;

  VictimRecords(
      JdbcTemplate jdbc, PersonalDataCipher cipher, Users users, Organisations organisations) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.users = users;
    this.organisations = organisations;
  }

  /**
   * @throws VictimNotFound for an unknown id or a victim of another organisation
   */
  VictimState state(UUID organisationId, UUID victimId, boolean forUpdate) {
    List<VictimState> found =
        jdbc.query(
            "select id, reference, legal_hold_reason, erased_at, version from helpline_victim"
                + " where id = ? and organisation_id = ?"
                + (forUpdate ? " for update" : ""),
            (rs, n) ->
                new VictimState(
                    rs.getObject("id", UUID.class),
                    rs.getString("reference"),
                    rs.getString("legal_hold_reason"),
                    instant(rs, "erased_at"),
                    rs.getLong("version")),
            victimId,
            organisationId);
    if (found.isEmpty()) {
      throw notFound(victimId);
    }
    return found.get(0);
  }

  /**
   * The victim as staff see them, details opened.
   *
   * @throws VictimNotFound for an unknown id or a victim of another organisation
   */
  VictimView view(UUID organisationId, UUID victimId) {
    VictimExport.Victim v = victim(organisationId, victimId);
    return new VictimView(
        v.id(),
        v.reference(),
        new VictimDetails(
            v.fullName(),
            v.phone(),
            v.email(),
            v.address(),
            v.dateOfBirth(),
            v.preferredLanguage(),
            v.residenceCountry()),
        v.legalHoldReason(),
        v.erasedAt() != null,
        v.createdAt(),
        v.updatedAt(),
        version(organisationId, victimId));
  }

  /** How many cases of the victim are kept (not anonymised). */
  int keptCases(UUID organisationId, UUID victimId) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from helpline_case where victim_id = ? and organisation_id = ?"
                + " and anonymised_at is null",
            Integer.class,
            victimId,
            organisationId);
    return count == null ? 0 : count;
  }

  /**
   * Everything held on the victim.
   *
   * @throws VictimNotFound for an unknown id or a victim of another organisation
   */
  VictimExport export(UUID organisationId, UUID victimId, Instant now) {
    VictimExport.Victim victim = victim(organisationId, victimId);
    Map<UUID, String> staff = staffNames();
    String organisation =
        organisations.find(organisationId).map(OrganisationView::name).orElse(null);
    return new VictimExport(
        VictimExport.FORMAT,
        now,
        organisationId,
        organisation,
        victim,
        consents(organisationId, victimId, staff),
        cases(organisationId, victimId, staff));
  }

  private VictimExport.Victim victim(UUID organisationId, UUID victimId) {
    List<VictimExport.Victim> found =
        jdbc.query(
            "select "
                + VICTIM_COLUMNS
                + " from helpline_victim where id = ? and organisation_id = ?",
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              String dateOfBirth = open(rs, "helpline_victim", "date_of_birth_sealed", id);
              return new VictimExport.Victim(
                  id,
                  rs.getString("reference"),
                  open(rs, "helpline_victim", "full_name_sealed", id),
                  open(rs, "helpline_victim", "phone_sealed", id),
                  open(rs, "helpline_victim", "email_sealed", id),
                  open(rs, "helpline_victim", "address_sealed", id),
                  dateOfBirth == null ? null : LocalDate.parse(dateOfBirth),
                  rs.getString("preferred_language"),
                  rs.getString("residence_country"),
                  rs.getString("legal_hold_reason"),
                  instant(rs, "legal_hold_set_at"),
                  instant(rs, "erased_at"),
                  rs.getString("erasure_reason"),
                  instant(rs, "created_at"),
                  instant(rs, "updated_at"));
            },
            victimId,
            organisationId);
    if (found.isEmpty()) {
      throw notFound(victimId);
    }
    return found.get(0);
  }

  private long version(UUID organisationId, UUID victimId) {
    Long version =
        jdbc.queryForObject(
            "select version from helpline_victim where id = ? and organisation_id = ?",
            Long.class,
            victimId,
            organisationId);
    return version == null ? 0 : version;
  }

  private List<VictimExport.Consent> consents(
      UUID organisationId, UUID victimId, Map<UUID, String> staff) {
    return jdbc.query(
        "select * from helpline_consent where victim_id = ? and organisation_id = ?"
            + " order by given_at desc, recorded_at desc",
        (rs, n) ->
            new VictimExport.Consent(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("shared_with_name"),
                open(rs, "helpline_consent", "purpose_sealed", rs.getObject("id", UUID.class)),
                rs.getString("method"),
                instant(rs, "given_at"),
                rs.getObject("valid_until", LocalDate.class),
                name(staff, rs, "recorded_by"),
                instant(rs, "recorded_at"),
                instant(rs, "withdrawn_at"),
                rs.getString("withdrawal_method")),
        victimId,
        organisationId);
  }

  private List<VictimExport.Case> cases(
      UUID organisationId, UUID victimId, Map<UUID, String> staff) {
    record CaseRow(UUID id, ResultSetValues values) {}
    List<CaseRow> rows =
        jdbc.query(
            "select * from helpline_case where victim_id = ? and organisation_id = ?"
                + " order by opened_at desc",
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new CaseRow(id, new ResultSetValues(rs, id));
            },
            victimId,
            organisationId);
    List<VictimExport.Case> cases = new ArrayList<>();
    for (CaseRow row : rows) {
      UUID caseId = row.id();
      ResultSetValues c = row.values();
      cases.add(
          new VictimExport.Case(
              caseId,
              c.reference,
              c.status,
              new VictimExport.Crime(
                  c.crimeType,
                  c.crimeDate,
                  c.place,
                  c.crimeCountry,
                  c.residenceCountry,
                  c.crossBorder,
                  c.summary),
              staff.get(c.leadAdvisorId),
              team(organisationId, caseId, staff),
              c.openedAt,
              c.closedAt,
              c.outcome,
              c.closingNote,
              c.reopenedCount,
              assessments(organisationId, caseId, staff),
              plan(organisationId, caseId, staff),
              followUps(organisationId, caseId, staff),
              timeline(organisationId, caseId, staff),
              contacts(organisationId, caseId, staff)));
    }
    return cases;
  }

  /** A case row, opened while the result set is on it. */
  private final class ResultSetValues {
    final String reference;
    final String status;
    final String crimeType;
    final LocalDate crimeDate;
    final String place;
    final String crimeCountry;
    final String residenceCountry;
    final boolean crossBorder;
    final String summary;
    final UUID leadAdvisorId;
    final Instant openedAt;
    final Instant closedAt;
    final String outcome;
    final String closingNote;
    final int reopenedCount;

    ResultSetValues(ResultSet rs, UUID id) throws SQLException {
      reference = rs.getString("reference");
      status = rs.getString("status");
      crimeType = rs.getString("crime_type");
      crimeDate = rs.getObject("crime_date", LocalDate.class);
      place = open(rs, "helpline_case", "crime_place_sealed", id);
      crimeCountry = rs.getString("crime_country");
      residenceCountry = rs.getString("residence_country");
      crossBorder = rs.getBoolean("cross_border");
      summary = open(rs, "helpline_case", "summary_sealed", id);
      leadAdvisorId = rs.getObject("lead_advisor_id", UUID.class);
      openedAt = instant(rs, "opened_at");
      closedAt = instant(rs, "closed_at");
      outcome = rs.getString("outcome");
      closingNote = open(rs, "helpline_case", "closing_note_sealed", id);
      reopenedCount = rs.getInt("reopened_count");
    }
  }

  private List<String> team(UUID organisationId, UUID caseId, Map<UUID, String> staff) {
    return jdbc
        .queryForList(
            "select advisor_id from helpline_case_team where case_id = ? and organisation_id = ?"
                + " order by added_at",
            UUID.class,
            caseId,
            organisationId)
        .stream()
        .map(id -> staff.getOrDefault(id, id.toString()))
        .toList();
  }

  private List<VictimExport.Assessment> assessments(
      UUID organisationId, UUID caseId, Map<UUID, String> staff) {
    return jdbc.query(
        "select * from helpline_assessment where case_id = ? and organisation_id = ?"
            + " order by started_at desc",
        (rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          Object needs = rs.getObject("specific_protection_needs");
          return new VictimExport.Assessment(
              rs.getString("status"),
              answers(rs.getString("answers")),
              names(rs.getString("protection_measures")),
              needs == null ? null : rs.getBoolean("specific_protection_needs"),
              open(rs, "helpline_assessment", "summary_sealed", id),
              instant(rs, "started_at"),
              name(staff, rs, "started_by"),
              instant(rs, "submitted_at"),
              name(staff, rs, "submitted_by"));
        },
        caseId,
        organisationId);
  }

  private List<VictimExport.PlanAction> plan(
      UUID organisationId, UUID caseId, Map<UUID, String> staff) {
    return jdbc.query(
        "select * from helpline_plan_action where case_id = ? and organisation_id = ?"
            + " order by created_at",
        (rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          return new VictimExport.PlanAction(
              open(rs, "helpline_plan_action", "description_sealed", id),
              name(staff, rs, "owner_id"),
              rs.getObject("due_on", LocalDate.class),
              rs.getString("status"),
              instant(rs, "created_at"),
              instant(rs, "completed_at"));
        },
        caseId,
        organisationId);
  }

  private List<VictimExport.FollowUp> followUps(
      UUID organisationId, UUID caseId, Map<UUID, String> staff) {
    return jdbc.query(
        "select * from helpline_follow_up where case_id = ? and organisation_id = ?"
            + " order by due_at",
        (rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          return new VictimExport.FollowUp(
              instant(rs, "due_at"),
              name(staff, rs, "assignee_id"),
              open(rs, "helpline_follow_up", "note_sealed", id),
              rs.getString("status"),
              instant(rs, "done_at"));
        },
        caseId,
        organisationId);
  }

  private List<VictimExport.TimelineEntry> timeline(
      UUID organisationId, UUID caseId, Map<UUID, String> staff) {
    return jdbc.query(
        "select * from helpline_timeline_entry where case_id = ? and organisation_id = ?"
            + " order by occurred_at, id",
        (rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          return new VictimExport.TimelineEntry(
              rs.getString("kind"),
              open(rs, "helpline_timeline_entry", "text_sealed", id),
              open(rs, "helpline_timeline_entry", "file_name_sealed", id),
              instant(rs, "occurred_at"),
              name(staff, rs, "author_id"));
        },
        caseId,
        organisationId);
  }

  private List<VictimExport.Contact> contacts(
      UUID organisationId, UUID caseId, Map<UUID, String> staff) {
    return jdbc.query(
        "select * from helpline_contact where case_id = ? and organisation_id = ?"
            + " order by started_at",
        (rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          return new VictimExport.Contact(
              id,
              rs.getString("channel"),
              rs.getString("line_label"),
              rs.getString("direction"),
              instant(rs, "started_at"),
              (Integer) rs.getObject("duration_seconds", Integer.class),
              rs.getString("language"),
              name(staff, rs, "advisor_id"),
              rs.getString("topic"),
              rs.getString("crime_type"),
              rs.getString("heard_from"),
              rs.getString("outcome"),
              rs.getBoolean("anonymous"),
              open(rs, "helpline_contact", "note_sealed", id),
              open(rs, "helpline_contact", "transcript_sealed", id),
              instant(rs, "recorded_at"));
        },
        caseId,
        organisationId);
  }

  private Map<UUID, String> staffNames() {
    return users.inMyOrganisation().stream()
        .collect(Collectors.toMap(UserView::id, UserView::displayName, (a, b) -> a));
  }

  private String open(ResultSet rs, String table, String column, UUID id) throws SQLException {
    return cipher.open(rs.getString(column), table + "." + column + ":" + id);
  }

  private static String name(Map<UUID, String> staff, ResultSet rs, String column)
      throws SQLException {
    UUID id = rs.getObject(column, UUID.class);
    return id == null ? null : staff.getOrDefault(id, id.toString());
  }

  /** "QUESTION=ANSWER" lines, in the order stored. */
  static Map<String, String> answers(String text) {
    Map<String, String> answers = new LinkedHashMap<>();
    if (text == null) {
      return answers;
    }
    for (String line : text.split("\\R")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        answers.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
      }
    }
    return answers;
  }

  /** Names stored as a list separated by commas, semicolons, spaces or lines. */
  static List<String> names(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static VictimNotFound notFound(UUID id) {
    return new VictimNotFound(id);
  }
}
