package eu.pharos.helpline.victim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The two victim lookups every case list and search makes, in plain SQL naming the organisation: by
 * the blind indexes of a name or phone, and by ids. Hibernate would translate their queries anew on
 * every call (it keeps no query plan while the tenant filter is on), which cost more than the
 * lookups themselves. Only what a summary needs is read: the reference and the sealed name.
 */
@Component
class VictimNames {

  /** A victim as a list shows it, the name still sealed; null when erased. */
  record Row(UUID id, String reference, String fullNameSealed) {}

  private static final String COLUMNS =
      "select id, reference, case when erased_at is null then full_name_sealed end as name"
          + " from helpline_victim where organisation_id = :organisation";

  private final NamedParameterJdbcTemplate jdbc;

  VictimNames(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Victims not erased whose name or phone index is one of these, by reference. */
  List<Row> byIndex(UUID organisationId, String nameIndex, String phoneIndex) {
    return jdbc.query(
        COLUMNS
            + " and erased_at is null and (name_index = :name or phone_index = :phone)"
            + " order by reference",
        new MapSqlParameterSource()
            .addValue("organisation", organisationId)
            .addValue("name", nameIndex)
            .addValue("phone", phoneIndex),
        (rs, n) -> row(rs));
  }

  /** The organisation's victims among these ids, in no particular order. */
  List<Row> byIds(UUID organisationId, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.query(
        COLUMNS + " and id in (:ids)",
        new MapSqlParameterSource().addValue("organisation", organisationId).addValue("ids", ids),
        (rs, n) -> row(rs));
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("name"));
  }
}
