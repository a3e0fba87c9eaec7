package eu.pharos.helpline.contact;

import eu.pharos.helpline.CaseNotFound;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What contacts need to know of cases: whether one exists in the organisation, its reference, and
 * writing "contact linked" on its timeline. Always within the current organisation, so that a case
 * of another organisation is never found.
 */
@Component
public class CaseLinks {

  /** A case as a contact sees it. */
  public record CaseRef(UUID id, String reference, boolean anonymised) {}

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  CaseLinks(NamedParameterJdbcTemplate named) {
    this.jdbc = named.getJdbcTemplate();
    this.named = named;
  }

  /**
   * @throws CaseNotFound for an unknown case or one of another organisation
   */
  CaseRef get(UUID caseId) {
    return find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
  }

  Optional<CaseRef> find(UUID caseId) {
    if (caseId == null) {
      return Optional.empty();
    }
    return jdbc
        .query(
            "select id, reference, anonymised_at from helpline_case"
                + " where id = ? and organisation_id = ?",
            (rs, n) ->
                new CaseRef(
                    rs.getObject("id", UUID.class),
                    rs.getString("reference"),
                    rs.getTimestamp("anonymised_at") != null),
            caseId,
            TenantContext.current())
        .stream()
        .findFirst();
  }

  /** A case of the organisation by its reference, whatever the case and spacing typed. */
  public Optional<CaseRef> byReference(String reference) {
    if (reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    String normalised = reference.strip().toUpperCase(Locale.ROOT);
    return jdbc
        .query(
            "select id, reference, anonymised_at from helpline_case"
                + " where organisation_id = ? and reference = ?",
            (rs, n) ->
                new CaseRef(
                    rs.getObject("id", UUID.class),
                    rs.getString("reference"),
                    rs.getTimestamp("anonymised_at") != null),
            TenantContext.current(),
            normalised)
        .stream()
        .findFirst();
  }

  /** The references of the organisation's cases among these ids. */
  Map<UUID, String> references(Collection<UUID> caseIds) {
    List<UUID> ids = caseIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return new HashMap<>();
    }
    Map<UUID, String> references = new HashMap<>();
    named.query(
        "select id, reference from helpline_case where organisation_id = :organisation"
            + " and id in (:ids)",
        new MapSqlParameterSource()
            .addValue("organisation", TenantContext.current())
            .addValue("ids", ids),
        rs -> {
          references.put(rs.getObject("id", UUID.class), rs.getString("reference"));
        });
    return references;
  }

  /** Writes "contact linked" on the case's timeline and counts it as activity on the case. */
  void noteLinked(UUID caseId, Instant at, UUID author) {
    UUID organisationId = TenantContext.current();
    jdbc.update(
        "insert into helpline_timeline_entry (id, organisation_id, case_id, kind, occurred_at,"
            + " author_id) values (?, ?, ?, 'CONTACT_LINKED', ?, ?)",
        UUID.randomUUID(),
        organisationId,
        caseId,
        Timestamp.from(at),
        author);
    jdbc.update(
        "update helpline_case set last_activity_at = ?"
            + " where id = ? and organisation_id = ? and last_activity_at < ?",
        Timestamp.from(at),
        caseId,
        organisationId,
        Timestamp.from(at));
  }
}
