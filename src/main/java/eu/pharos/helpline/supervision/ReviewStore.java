package eu.pharos.helpline.supervision;

import static eu.pharos.helpline.supervision.WorkloadQueries.instant;
import static eu.pharos.helpline.supervision.WorkloadQueries.utc;
import static eu.pharos.helpline.supervision.WorkloadQueries.uuid;

import eu.pharos.helpline.ReviewCriterion;
import eu.pharos.helpline.ReviewCriterion.Rating;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code helpline_quality_review}. The comment stays sealed here; {@link
 * SupervisionService} opens and seals it. Every statement names the organisation.
 */
@Component
class ReviewStore {

  static final String DRAWN = "DRAWN";
  static final String DONE = "DONE";

  /** A review row as stored, its comment still sealed. */
  record Row(
      UUID id,
      UUID sampleId,
      UUID caseId,
      String caseReference,
      UUID reviewerId,
      String status,
      Map<ReviewCriterion, Rating> ratings,
      String commentSealed,
      Instant drawnAt,
      Instant reviewedAt,
      long version) {}

  /** A closed case that may be drawn. */
  record Candidate(UUID caseId, String reference) {}

  private static final String SELECT =
      "select r.id, r.sample_id, r.case_id, c.reference, r.reviewer_id, r.status, r.ratings,"
          + " r.comment_sealed, r.drawn_at, r.reviewed_at, r.version"
          + " from helpline_quality_review r join helpline_case c on c.id = r.case_id";

  private static final RowMapper<Row> ROW =
      (rs, n) ->
          new Row(
              uuid(rs, 1),
              uuid(rs, 2),
              uuid(rs, 3),
              rs.getString(4),
              uuid(rs, 5),
              rs.getString(6),
              ratings(rs.getString(7)),
              rs.getString(8),
              instant(rs, 9),
              instant(rs, 10),
              rs.getLong(11));

  private final JdbcTemplate jdbc;

  ReviewStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Makes draws of one organisation wait for each other, so that two at once cannot pick the same
   * case (the unique index on the case would refuse the second anyway).
   */
  void lockDraws(UUID organisationId) {
    jdbc.query(
        "select organisation_id from helpline_settings where organisation_id = ? for update",
        (ResultSet rs) -> {},
        organisationId);
  }

  /**
   * Closed, not anonymised cases of the organisation closed from {@code from} (included) to {@code
   * to} (excluded) and never drawn, in the database's random order.
   */
  List<Candidate> randomCandidates(UUID organisationId, Instant from, Instant to, int size) {
    return jdbc.query(
        "select c.id, c.reference from helpline_case c"
            + " where c.organisation_id = ? and c.status = 'CLOSED' and c.anonymised_at is null"
            + " and c.closed_at >= ? and c.closed_at < ?"
            + " and not exists (select 1 from helpline_quality_review r where r.case_id = c.id)"
            + " order by random() fetch first "
            + size
            + " rows only",
        (rs, n) -> new Candidate(uuid(rs, 1), rs.getString(2)),
        organisationId,
        utc(from),
        utc(to));
  }

  void insertDrawn(
      UUID id, UUID organisationId, UUID caseId, UUID sampleId, String keyId, Instant drawnAt) {
    jdbc.update(
        "insert into helpline_quality_review (id, organisation_id, case_id, sample_id, status,"
            + " key_id, drawn_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
        id,
        organisationId,
        caseId,
        sampleId,
        DRAWN,
        keyId,
        utc(drawnAt));
  }

  Optional<Row> find(UUID organisationId, UUID id) {
    return jdbc
        .query(SELECT + " where r.id = ? and r.organisation_id = ?", ROW, id, organisationId)
        .stream()
        .findFirst();
  }

  /** Undone first, newest draw first. */
  List<Row> all(UUID organisationId) {
    return jdbc.query(
        SELECT
            + " where r.organisation_id = ? and c.organisation_id = ?"
            + " order by case when r.status = 'DRAWN' then 0 else 1 end, r.drawn_at desc,"
            + " c.reference",
        ROW,
        organisationId,
        organisationId);
  }

  /**
   * Stores a review when the row is still at {@code expectedVersion}.
   *
   * @return whether it was stored
   */
  boolean review(
      UUID organisationId,
      UUID id,
      long expectedVersion,
      UUID reviewerId,
      Map<ReviewCriterion, Rating> ratings,
      String commentSealed,
      String keyId,
      Instant reviewedAt) {
    int updated =
        jdbc.update(
            "update helpline_quality_review set status = ?, reviewer_id = ?, ratings = ?,"
                + " comment_sealed = ?, key_id = ?, reviewed_at = ?, version = version + 1"
                + " where id = ? and organisation_id = ? and version = ?",
            DONE,
            reviewerId,
            ratingsText(ratings),
            commentSealed,
            keyId,
            utc(reviewedAt),
            id,
            organisationId,
            expectedVersion);
    return updated == 1;
  }

  /** "CRITERION=RATING" lines, in the order of the criteria. */
  static String ratingsText(Map<ReviewCriterion, Rating> ratings) {
    return new EnumMap<>(ratings)
        .entrySet().stream()
            .map(e -> e.getKey().name() + "=" + e.getValue().name())
            .collect(Collectors.joining("\n"));
  }

  /** The ratings of a stored row; entries naming an unknown criterion or rating are skipped. */
  static Map<ReviewCriterion, Rating> ratings(String text) {
    if (text == null || text.isBlank()) {
      return Collections.emptyMap();
    }
    Map<ReviewCriterion, Rating> ratings = new EnumMap<>(ReviewCriterion.class);
    for (String line : text.split("\n")) {
      int equals = line.indexOf('=');
      if (equals < 0) {
        continue;
      }
      try {
        ratings.put(
            ReviewCriterion.valueOf(line.substring(0, equals).strip()),
            Rating.valueOf(line.substring(equals + 1).strip()));
      } catch (IllegalArgumentException unknown) {
        // A criterion or rating this version does not know: left out rather than failing.
      }
    }
    return Collections.unmodifiableMap(ratings);
  }
}
