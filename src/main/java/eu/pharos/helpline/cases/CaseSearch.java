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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case list in plain SQL, written for an organisation with a million cases: every condition has
 * an index (V9 and V11), an advisor's cases are the union of two index lookups (lead, team) rather
 * than an "or" over the whole table, and the text search is an exact match on the case reference or
 * on victims already found through their own indexes. Rows come newest activity first, a page at a
 * time, with the total. Parameters are named, so that the parts of a union share theirs and a list
 * of ids becomes its placeholders.
 */
@Component
class CaseSearch {

  static final Pattern REFERENCE = Pattern.compile("([CV])-(\\d{4})-0*(\\d{1,12})");

  private final NamedParameterJdbcTemplate jdbc;

  CaseSearch(NamedParameterJdbcTemplate jdbc) {
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
    MapSqlParameterSource params = parameters(organisationId, query, reference, victimIds);
    String where =
        " from helpline_case c where c.organisation_id = :organisation"
            + filters(query, reference, victimIds, textGiven);
    List<Row> rows =
        jdbc.query(
            "select " + COLUMNS + where + ORDER + " limit :size offset :offset",
            params,
            (rs, n) -> row(rs));
    return new Page(
        rows,
        total(
            query, rows, () -> jdbc.queryForObject("select count(*)" + where, params, Long.class)));
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
    MapSqlParameterSource params = parameters(organisationId, query, reference, victimIds);
    params.addValue("advisor", query.advisorId());
    String caseFilters = filters(query, reference, victimIds, textGiven);
    String lead =
        " from helpline_case c where c.organisation_id = :organisation"
            + " and c.lead_advisor_id = :advisor"
            + caseFilters;
    String teamCaseIds =
        "select case_id from helpline_case_team where organisation_id = :organisation"
            + " and advisor_id = :advisor";
    String team =
        " from ("
            + teamCaseIds
            + " offset 0) t join helpline_case c on c.id = t.case_id"
            + " where c.organisation_id = :organisation"
            + caseFilters;
    // A number, not a parameter: H2 (2.4) keeps the first value of a parameter that limits a part
    // of a union for every later run of the same statement, so page 2 would show too few cases.
    // It is computed from the checked page and size, never from the caller's text.
    long needed = (long) (query.page() + 1) * query.size();
    List<Row> rows =
        jdbc.query(
            "select * from ((select "
                + COLUMNS
                + lead
                + ORDER
                + " limit "
                + needed
                + ") union (select "
                + COLUMNS
                + team
                + ORDER
                + " limit "
                + needed
                + ")) c"
                + ORDER
                + " limit :size offset :offset",
            params,
            (rs, n) -> row(rs));
    // Without a condition on the case, its team's ids are all the count needs.
    String teamIds = caseFilters.isEmpty() ? teamCaseIds : "select c.id" + team;
    return new Page(
        rows,
        total(
            query,
            rows,
            () ->
                jdbc.queryForObject(
                    "select count(*) from (select c.id" + lead + " union " + teamIds + ") mine",
                    params,
                    Long.class)));
  }

  /** The values every statement of the list may name. */
  private static MapSqlParameterSource parameters(
      UUID organisationId, CaseQuery query, String reference, Collection<UUID> victimIds) {
    return new MapSqlParameterSource()
        .addValue("organisation", organisationId)
        .addValue("status", query.status() == null ? null : query.status().name())
        .addValue("crimeType", query.crimeType() == null ? null : query.crimeType().name())
        .addValue("reference", reference)
        .addValue("victims", victimIds)
        .addValue("size", query.size())
        .addValue("offset", (long) query.page() * query.size());
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

  private static final String COLUMNS =
      "c.id, c.reference, c.victim_id, c.status, c.crime_type, c.cross_border,"
          + " c.lead_advisor_id, c.opened_at, c.closed_at, c.last_activity_at";

  /** The conditions of the query on the case table {@code c}, each with its index. */
  private static String filters(
      CaseQuery query, String reference, Collection<UUID> victimIds, boolean textGiven) {
    StringBuilder where = new StringBuilder();
    if (query.status() != null) {
      where.append(" and c.status = :status");
    }
    if (query.crimeType() != null) {
      where.append(" and c.crime_type = :crimeType");
    }
    if (textGiven) {
      List<String> alternatives = new ArrayList<>();
      if (reference != null) {
        alternatives.add("c.reference = :reference");
      }
      if (!victimIds.isEmpty()) {
        alternatives.add("c.victim_id in (:victims)");
      }
      where.append(" and (").append(String.join(" or ", alternatives)).append(")");
    }
    return where.toString();
  }

  /** Victims with this exact reference (upper case), for the text search. */
  List<UUID> victimsWithReference(UUID organisationId, String reference) {
    return jdbc.queryForList(
        "select id from helpline_victim where organisation_id = :organisation"
            + " and reference = :reference",
        new MapSqlParameterSource()
            .addValue("organisation", organisationId)
            .addValue("reference", reference),
        UUID.class);
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
    // One statement for both: a list or search reads it for every page.
    jdbc.query(
        "select case_id, min(due_on) as action_due,"
            + " cast(null as timestamp with time zone) as follow_up_due from helpline_plan_action"
            + " where organisation_id = :organisation and status = 'OPEN' and due_on is not null"
            + " and case_id in (:cases) group by case_id"
            + " union all select case_id, cast(null as date), min(due_at) from helpline_follow_up"
            + " where organisation_id = :organisation and status = 'OPEN'"
            + " and case_id in (:cases) group by case_id",
        new MapSqlParameterSource()
            .addValue("organisation", organisationId)
            .addValue("cases", caseIds),
        rs -> {
          LocalDate action = rs.getObject("action_due", LocalDate.class);
          Instant followUp = instant(rs, "follow_up_due");
          LocalDate day = action != null ? action : followUp.atZone(zone).toLocalDate();
          due.merge(rs.getObject("case_id", UUID.class), day, CaseSearch::earlier);
        });
    return due;
  }

  /** The moment of the case's first contact, if any contact is linked to it. */
  Instant firstContact(UUID organisationId, UUID caseId) {
    return jdbc.query(
        "select min(started_at) as first_contact from helpline_contact"
            + " where organisation_id = :organisation and case_id = :case",
        new MapSqlParameterSource()
            .addValue("organisation", organisationId)
            .addValue("case", caseId),
        rs -> rs.next() ? instant(rs, "first_contact") : null);
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
