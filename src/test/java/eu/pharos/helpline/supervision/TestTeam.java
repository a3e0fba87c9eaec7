package eu.pharos.helpline.supervision;

import eu.pharos.identity.Role;
import eu.pharos.platform.PersonalDataCipher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An organisation of its own for one test, with its own staff and helpline rows written straight
 * into the tables (as the case and contact work would write them), so that figures are exact
 * whatever other tests store in the demo organisations.
 */
public final class TestTeam {

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final UUID organisationId;
  private final String suffix;
  private final Map<String, UUID> people = new LinkedHashMap<>();
  private int references;

  private TestTeam(
      JdbcTemplate jdbc, PersonalDataCipher cipher, UUID organisationId, String suffix) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.organisationId = organisationId;
    this.suffix = suffix;
  }

  /** A new member organisation in Portugal (no directory profile: its days are Lisbon's). */
  public static TestTeam create(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    UUID id = UUID.randomUUID();
    String suffix = id.toString().substring(0, 8);
    jdbc.update(
        "insert into identity_organisation (id, name, short_name, kind, country_code, created_at)"
            + " values (?, ?, ?, 'MEMBER', 'PT', ?)",
        id,
        "Test team " + suffix,
        "TEAM-" + suffix,
        Instant.now().atOffset(ZoneOffset.UTC));
    return new TestTeam(jdbc, cipher, id, suffix);
  }

  public UUID organisationId() {
    return organisationId;
  }

  /** Adds an active staff member called {@code name}; their e-mail is {@link #email(String)}. */
  public UUID person(String name, Role... roles) {
    return person(name, "ACTIVE", roles);
  }

  public UUID person(String name, String status, Role... roles) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into identity_user (id, organisation_id, email, display_name, status,"
            + " preferred_language, created_at) values (?, ?, ?, ?, ?, 'en', ?)",
        id,
        organisationId,
        email(name),
        name,
        status,
        Instant.now().atOffset(ZoneOffset.UTC));
    Arrays.stream(roles)
        .forEach(
            role ->
                jdbc.update(
                    "insert into identity_user_role (user_id, role) values (?, ?)",
                    id,
                    role.name()));
    people.put(name, id);
    return id;
  }

  public String email(String name) {
    return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + suffix + "@team.test";
  }

  public UUID id(String name) {
    return people.get(name);
  }

  public UUID openCase(UUID lead, UUID... team) {
    return insertCase(organisationId, "OPEN", lead, null, null, team);
  }

  public UUID closedCase(UUID lead, Instant closedAt) {
    return insertCase(organisationId, "CLOSED", lead, closedAt, null, new UUID[0]);
  }

  public UUID anonymisedCase(Instant closedAt) {
    return insertCase(organisationId, "CLOSED", null, closedAt, closedAt, new UUID[0]);
  }

  /** A case of another organisation, for showing that it never counts here. */
  public UUID caseOf(UUID otherOrganisation, String status, UUID lead, Instant closedAt) {
    return insertCase(otherOrganisation, status, lead, closedAt, null, new UUID[0]);
  }

  public String reference(UUID caseId) {
    return jdbc.queryForObject(
        "select reference from helpline_case where id = ?", String.class, caseId);
  }

  private UUID insertCase(
      UUID organisation,
      String status,
      UUID lead,
      Instant closedAt,
      Instant anonymisedAt,
      UUID[] team) {
    UUID id = UUID.randomUUID();
    Instant opened =
        closedAt == null ? Instant.now().minusSeconds(86_400L * 30) : closedAt.minusSeconds(86_400);
    jdbc.update(
        "insert into helpline_case (id, organisation_id, reference, status, lead_advisor_id,"
            + " cross_border, summary_sealed, key_id, opened_at, closed_at, outcome, anonymised_at,"
            + " last_activity_at, version) values (?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, 0)",
        id,
        organisation,
        "T-" + suffix + "-" + String.format("%04d", ++references),
        status,
        lead,
        anonymisedAt == null ? cipher.seal("Summary", "helpline_case.summary_sealed:" + id) : null,
        cipher.currentKeyId(),
        utc(opened),
        closedAt == null ? null : utc(closedAt),
        closedAt == null ? null : "SUPPORT_PROVIDED",
        anonymisedAt == null ? null : utc(anonymisedAt),
        utc(closedAt == null ? opened : closedAt));
    for (UUID member : team) {
      jdbc.update(
          "insert into helpline_case_team (case_id, advisor_id, organisation_id, added_at)"
              + " values (?, ?, ?, ?)",
          id,
          member,
          organisation,
          utc(opened));
    }
    return id;
  }

  public UUID action(UUID caseId, UUID owner, LocalDate dueOn, String status) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into helpline_plan_action (id, organisation_id, case_id, description_sealed,"
            + " key_id, owner_id, due_on, status, created_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        id,
        organisationOf(caseId),
        caseId,
        cipher.seal("Call the court", "helpline_plan_action.description_sealed:" + id),
        cipher.currentKeyId(),
        owner,
        dueOn,
        status,
        utc(Instant.now()));
    return id;
  }

  public UUID followUp(UUID caseId, UUID assignee, Instant dueAt, String status) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into helpline_follow_up (id, organisation_id, case_id, due_at, assignee_id,"
            + " key_id, status, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
        id,
        organisationOf(caseId),
        caseId,
        utc(dueAt),
        assignee,
        cipher.currentKeyId(),
        status,
        utc(Instant.now()));
    return id;
  }

  public UUID contact(UUID advisor, Instant startedAt, UUID caseId) {
    return contactOf(organisationId, advisor, startedAt, caseId, false);
  }

  public UUID contactOf(
      UUID organisation, UUID advisor, Instant startedAt, UUID caseId, boolean anonymised) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into helpline_contact (id, organisation_id, channel, direction, started_at,"
            + " advisor_id, anonymous, case_id, recorded_at, anonymised_at, version)"
            + " values (?, ?, 'PHONE', 'INBOUND', ?, ?, false, ?, ?, ?, 0)",
        id,
        organisation,
        utc(startedAt),
        advisor,
        caseId,
        utc(startedAt),
        anonymised ? utc(startedAt) : null);
    return id;
  }

  private UUID organisationOf(UUID caseId) {
    return jdbc.queryForObject(
        "select organisation_id from helpline_case where id = ?", UUID.class, caseId);
  }

  private static Object utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
