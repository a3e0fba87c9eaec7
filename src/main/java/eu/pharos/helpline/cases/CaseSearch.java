package eu.pharos.helpline.cases;

import eu.pharos.helpline.CaseQuery;
import eu.pharos.helpline.CaseStatus;
import eu.pharos.network.CrimeType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case list in plain SQL, written for an organisation with a million cases: every condition has
 * an index (V9 and V11), an advisor's cases are the union of two index lookups (lead, team) rather
 * than an "or" over the whole table, and the text search is an exact match on the case reference or
 * on victims already found through their own indexes. Rows come newest activity first, a page at a
 * time, with the total.
 */
@Component
class CaseSearch {

  static final Pattern REFERENCE = Pattern.compile("([CV])-(\\d{4})-0*(\\d{1,12})");

  private final JdbcTemplate jdbc;

  CaseSearch(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A row of the list, before the victim's name and the next due date are added. */
  record Row(
      UUID id,
      String reference,
      UUID victimId,
      CaseStatus status,
      CrimeType crimeType,
      boolean crossBorder,
      UUID leadAdvisorId,
      Instant openedAt,
      Instant closedAt,
      Instant lastActivityAt) {}

  record Page(List<Row> rows, long total) {}

  /**
   * @param reference an exact case reference, upper case; null for none
   * @param victimIds victims whose cases match the text; with {@code reference}, either matches
   * @param textGiven whether a text was searched: then nothing matches when neither is given
   */
  Page search(
      UUID organisationId,
      CaseQuery query,
      String reference,
      Collection<UUID> victimIds,
      boolean textGiven) {
    if (textGiven && reference == null && victimIds.isEmpty()) {
      return new Page(List.of(), 0);
    }
    return query.advisorId() == null
        ? everyone(organisationId, query, reference, victimIds, textGiven)
        : advisors(organisationId, query, reference, victimIds, textGiven);
  }

  /** The organisation's cases: one index gives them in order, whatever the filter. */
  private Page everyone(
      UUID organisationId,
      CaseQuery query,
      String reference,
      Collection<UUID> victimIds,
      boolean textGiven) {
    List<Object> args = new ArrayList<>();
    args.add(organisationId);
    String where =
        " from helpline_case c where c.organisation_id = ?"
            + filters("c", query, reference, victimIds, textGiven, args);
    Object[] countArgs = args.toArray();
    args.add(query.size());
    args.add((long) query.page() * query.size());
    List<Row> rows =
        jdbc.query(
            "select " + columns("c") + where + ORDER + " limit ? offset ?",
            (rs, n) -> row(rs),
            args.toArray());
    return new Page(
        rows,
        total(
            query,
            rows,
            () -> jdbc.queryForObject("select count(*)" + where, Long.class, countArgs)));
  }

  /**
   * An advisor's cases, those they lead and those of their team, without an "or" over the whole
   * table: the cases they lead come newest first through their own index, at most as many as the
   * page needs; the cases of their team are taken from the team index first and only then read
   * ({@code offset 0} keeps PostgreSQL from walking every case of the organisation in order and
   * probing the team for each, which at a million cases read 70 000 index entries for a page). Only
   * these are merged. Without a condition on the case itself, the count reads indexes alone.
   */
  private Page advisors(
      UUID organisationId,
      CaseQuery query,
      String reference,
      Collection<UUID> victimIds,
      boolean textGiven) {
    List<Object> leadArgs = new ArrayList<>();
    leadArgs.add(organisationId);
    leadArgs.add(query.advisorId());
    String lead =
        " from helpline_case c where c.organisation_id = ? and c.lead_advisor_id = ?"
            + filters("c", query, reference, victimIds, textGiven, leadArgs);
    List<Object> teamArgs = new ArrayList<>();
    teamArgs.add(organisationId);
    teamArgs.add(query.advisorId());
    teamArgs.add(organisationId);
    String teamCaseIds =
        "select case_id from helpline_case_team where organisation_id = ? and advisor_id = ?";
    String caseFilters = filters("c", query, reference, victimIds, textGiven, teamArgs);
    String team =
        " from ("
            + teamCaseIds
            + " offset 0) t join helpline_case c on c.id = t.case_id where c.organisation_id = ?"
            + caseFilters;

    // Without a condition on the case, its team's ids are all the count needs.
    List<Object> countArgs = new ArrayList<>(leadArgs);
    countArgs.addAll(caseFilters.isEmpty() ? teamArgs.subList(0, 2) : teamArgs);
    String teamIds = caseFilters.isEmpty() ? teamCaseIds : "select c.id" + team;
    // A number, not a parameter: H2 (2.4) keeps the first value of a parameter that limits a part
    // of a union for every later run of the same statement, so page 2 would show too few cases.
    // It is computed from the checked page and size, never from the caller's text.
    long needed = (long) (query.page() + 1) * query.size();
    List<Object> args = new ArrayList<>(leadArgs);
    args.addAll(teamArgs);
    args.add(query.size());
    args.add((long) query.page() * query.size());
    String columns = columns("c");
    List<Row> rows =
        jdbc.query(
            "select * from ((select "
                + columns
                + lead
                + ORDER
                + " limit "
                + needed
                + ") union (select "
                + columns
                + team
                + ORDER
                + " limit "
                + needed
                + ")) c"
                + ORDER
                + " limit ? offset ?",
            (rs, n) -> row(rs),
            args.toArray());
    return new Page(
        rows,
        total(
            query,
            rows,
            () ->
                jdbc.queryForObject(
                    "select count(*) from (select c.id" + lead + " union " + teamIds + ") mine",
                    Long.class,
                    countArgs.toArray())));
  }

  /**
   * The number of matching cases. A page with room left over shows where the list ends, and so does
   * an empty first page: then the total is known without counting, which spares most lists and
   * searches a statement (an advisor's own list, a search for a name).
   */
  private static long total(CaseQuery query, List<Row> rows, LongSupplier count) {
    boolean endShown = rows.size() < query.size() && (!rows.isEmpty() || query.page() == 0);
    return endShown ? (long) query.page() * query.size() + rows.size() : count.getAsLong();
  }

  private static final String ORDER = " order by c.last_activity_at desc, c.id desc";

  private static String columns(String alias) {
    return String.join(
        ", ",
        List.of(
                "id",
                "reference",
                "victim_id",
                "status",
                "crime_type",
                "cross_border",
                "lead_advisor_id",
                "opened_at",
                "closed_at",
                "last_activity_at")
            .stream()
            .map(column -> alias + "." + column)
            .toList());
  }

  /** The conditions of the query on the case table {@code alias}, each with its index. */
  private static String filters(
      String alias,
      CaseQuery query,
      String reference,
      Collection<UUID> victimIds,
      boolean textGiven,
      List<Object> args) {
    StringBuilder where = new StringBuilder();
    if (query.status() != null) {
      where.append(" and ").append(alias).append(".status = ?");
      args.add(query.status().name());
    }
    if (query.crimeType() != null) {
      where.append(" and ").append(alias).append(".crime_type = ?");
      args.add(query.crimeType().name());
    }
    if (textGiven) {
      List<String> alternatives = new ArrayList<>();
      if (reference != null) {
        alternatives.add(alias + ".reference = ?");
        args.add(reference);
      }
      if (!victimIds.isEmpty()) {
        alternatives.add(
            alias
                + ".victim_id in ("
                + String.join(", ", victimIds.stream().map(id -> "?").toList())
                + ")");
        args.addAll(victimIds);
      }
      where.append(" and (").append(String.join(" or ", alternatives)).append(")");
    }
    return where.toString();
  }

  /** Victims with this exact reference (upper case), for the text search. */
  List<UUID> victimsWithReference(UUID organisationId, String reference) {
    return jdbc.queryForList(
        "select id from helpline_victim where organisation_id = ? and reference = ?",
        UUID.class,
        organisationId,
        reference);
  }

  /**
   * The earliest due day of each case's open plan actions and follow-ups; cases with none are left
   * out. Follow-ups are due at a moment, taken as its day in {@code zone}.
   */
  Map<UUID, LocalDate> nextDue(UUID organisationId, List<UUID> caseIds, ZoneId zone) {
    Map<UUID, LocalDate> due = new HashMap<>();
    if (caseIds.isEmpty()) {
      return due;
    }
    String in = String.join(", ", caseIds.stream().map(id -> "?").toList());
    List<Object> args = new ArrayList<>();
    args.add(organisationId);
    args.addAll(caseIds);
    args.addAll(List.copyOf(args));
    // One statement for both: a list or search reads it for every page.
    jdbc.query(
        "select case_id, min(due_on) as action_due,"
            + " cast(null as timestamp with time zone) as follow_up_due from helpline_plan_action"
            + " where organisation_id = ? and status = 'OPEN' and due_on is not null"
            + " and case_id in ("
            + in
            + ") group by case_id"
            + " union all select case_id, cast(null as date), min(due_at) from helpline_follow_up"
            + " where organisation_id = ? and status = 'OPEN' and case_id in ("
            + in
            + ") group by case_id",
        rs -> {
          LocalDate action = rs.getObject("action_due", LocalDate.class);
          Instant followUp = instant(rs, "follow_up_due");
          LocalDate day = action != null ? action : followUp.atZone(zone).toLocalDate();
          due.merge(rs.getObject("case_id", UUID.class), day, CaseSearch::earlier);
        },
        args.toArray());
    return due;
  }

  /** The moment of the case's first contact, if any contact is linked to it. */
  Instant firstContact(UUID organisationId, UUID caseId) {
    return jdbc.query(
        "select min(started_at) as first_contact from helpline_contact"
            + " where organisation_id = ? and case_id = ?",
        rs -> rs.next() ? instant(rs, "first_contact") : null,
        organisationId,
        caseId);
  }

  /**
   * A case or victim reference as stored ("c-2026-42" is "C-2026-000042"); null when the text is
   * not one.
   */
  static String normalisedReference(String text) {
    java.util.regex.Matcher matcher = REFERENCE.matcher(text.strip().toUpperCase(Locale.ROOT));
    if (!matcher.matches()) {
      return null;
    }
    String number = matcher.group(3);
    String padded = number.length() >= 6 ? number : "0".repeat(6 - number.length()) + number;
    return matcher.group(1) + "-" + matcher.group(2) + "-" + padded;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static Row row(ResultSet rs) throws SQLException {
    String crimeType = rs.getString("crime_type");
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        rs.getObject("victim_id", UUID.class),
        CaseStatus.valueOf(rs.getString("status")),
        crimeType == null ? null : CrimeType.valueOf(crimeType),
        rs.getBoolean("cross_border"),
        rs.getObject("lead_advisor_id", UUID.class),
        instant(rs, "opened_at"),
        instant(rs, "closed_at"),
        instant(rs, "last_activity_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
