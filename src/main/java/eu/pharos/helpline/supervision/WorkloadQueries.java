package eu.pharos.helpline.supervision;

import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactDirection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The supervisor's figures, read straight from the case and contact tables. These are plain SQL,
 * which Hibernate's tenant filter does not see: every query names the organisation itself.
 */
@Component
class WorkloadQueries {

  /** An open action or follow-up past due, before names are put to the ids. */
  record Overdue(
      String kind, UUID id, UUID caseId, String caseReference, UUID ownerId, Instant due) {}

  /** An unlinked contact, before names are put to the ids. */
  record Unlinked(
      UUID id,
      ContactChannel channel,
      ContactDirection direction,
      Instant startedAt,
      UUID advisorId) {}

  private final JdbcTemplate jdbc;

  WorkloadQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Map<UUID, Integer> openCasesLed(UUID organisationId) {
    return counts(
        "select lead_advisor_id, count(*) from helpline_case"
            + " where organisation_id = ? and status = 'OPEN' and lead_advisor_id is not null"
            + " group by lead_advisor_id",
        organisationId);
  }

  /** Open cases an advisor is on the team of without leading them. */
  Map<UUID, Integer> openCasesInTeam(UUID organisationId) {
    return counts(
        "select t.advisor_id, count(*) from helpline_case_team t"
            + " join helpline_case c on c.id = t.case_id"
            + " where t.organisation_id = ? and c.organisation_id = ? and c.status = 'OPEN'"
            + " and (c.lead_advisor_id is null or c.lead_advisor_id <> t.advisor_id)"
            + " group by t.advisor_id",
        organisationId,
        organisationId);
  }

  Map<UUID, Integer> overdueActions(UUID organisationId, LocalDate today) {
    return counts(
        "select a.owner_id, count(*) from helpline_plan_action a"
            + " join helpline_case c on c.id = a.case_id"
            + " where a.organisation_id = ? and c.organisation_id = ? and a.status = 'OPEN'"
            + " and c.status = 'OPEN' and a.due_on < ? and a.owner_id is not null"
            + " group by a.owner_id",
        organisationId,
        organisationId,
        today);
  }

  Map<UUID, Integer> overdueFollowUps(UUID organisationId, Instant now) {
    return counts(
        "select f.assignee_id, count(*) from helpline_follow_up f"
            + " join helpline_case c on c.id = f.case_id"
            + " where f.organisation_id = ? and c.organisation_id = ? and f.status = 'OPEN'"
            + " and c.status = 'OPEN' and f.due_at < ? and f.assignee_id is not null"
            + " group by f.assignee_id",
        organisationId,
        organisationId,
        utc(now));
  }

  Map<UUID, Integer> contactsSince(UUID organisationId, Instant since) {
    return counts(
        "select advisor_id, count(*) from helpline_contact"
            + " where organisation_id = ? and started_at >= ? and advisor_id is not null"
            + " group by advisor_id",
        organisationId,
        utc(since));
  }

  /** Overdue actions (due before {@code today}) and follow-ups (due before {@code now}). */
  List<Overdue> overdueActionItems(UUID organisationId, LocalDate today, ZoneId zone, int limit) {
    return jdbc.query(
        "select a.id, a.case_id, c.reference, a.owner_id, a.due_on from helpline_plan_action a"
            + " join helpline_case c on c.id = a.case_id"
            + " where a.organisation_id = ? and c.organisation_id = ? and a.status = 'OPEN'"
            + " and c.status = 'OPEN' and a.due_on < ?"
            + " order by a.due_on, c.reference, a.id fetch first "
            + limit
            + " rows only",
        (rs, row) ->
            new Overdue(
                "ACTION",
                uuid(rs, 1),
                uuid(rs, 2),
                rs.getString(3),
                uuid(rs, 4),
                // An action is due on a day: the start of that day in the organisation's zone.
                rs.getObject(5, LocalDate.class).atStartOfDay(zone).toInstant()),
        organisationId,
        organisationId,
        today);
  }

  List<Overdue> overdueFollowUpItems(UUID organisationId, Instant now, int limit) {
    return jdbc.query(
        "select f.id, f.case_id, c.reference, f.assignee_id, f.due_at from helpline_follow_up f"
            + " join helpline_case c on c.id = f.case_id"
            + " where f.organisation_id = ? and c.organisation_id = ? and f.status = 'OPEN'"
            + " and c.status = 'OPEN' and f.due_at < ?"
            + " order by f.due_at, c.reference, f.id fetch first "
            + limit
            + " rows only",
        (rs, row) ->
            new Overdue(
                "FOLLOW_UP",
                uuid(rs, 1),
                uuid(rs, 2),
                rs.getString(3),
                uuid(rs, 4),
                instant(rs, 5)),
        organisationId,
        organisationId,
        utc(now));
  }

  long unlinkedContactCount(UUID organisationId) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from helpline_contact"
                + " where organisation_id = ? and case_id is null and anonymised_at is null",
            Long.class,
            organisationId);
    return count == null ? 0 : count;
  }

  List<Unlinked> latestUnlinkedContacts(UUID organisationId, int limit) {
    return jdbc.query(
        "select id, channel, direction, started_at, advisor_id from helpline_contact"
            + " where organisation_id = ? and case_id is null and anonymised_at is null"
            + " order by started_at desc, id fetch first "
            + limit
            + " rows only",
        (rs, row) ->
            new Unlinked(
                uuid(rs, 1),
                ContactChannel.valueOf(rs.getString(2)),
                ContactDirection.valueOf(rs.getString(3)),
                instant(rs, 4),
                uuid(rs, 5)),
        organisationId);
  }

  private Map<UUID, Integer> counts(String sql, Object... arguments) {
    Map<UUID, Integer> counts = new HashMap<>();
    jdbc.query(
        sql,
        (ResultSet rs) -> {
          counts.put(uuid(rs, 1), rs.getInt(2));
        },
        arguments);
    return counts;
  }

  static UUID uuid(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
