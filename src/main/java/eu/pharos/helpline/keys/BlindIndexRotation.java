package eu.pharos.helpline.keys;

import eu.pharos.platform.KeyRotationStep;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.platform.UnreadableValue;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The helpline's part of {@code command:rotate-keys}: victims are found by keyed hashes of their
 * name and phone (blind indexes), which must be computed again with the current index key. The
 * sealed values they come from are opened for that and never leave this class.
 */
@Component
class BlindIndexRotation implements KeyRotationStep {

  /** The victims' blind indexes and the sealed columns they are computed from. */
  static final String INDEXED_TABLE = "helpline_victim";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  BlindIndexRotation(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @Override
  public String name() {
    return INDEXED_TABLE + " (blind indexes)";
  }

  @Override
  public long staleRows() {
    Long count =
        jdbc.queryForObject(
            "select count(*) from "
                + INDEXED_TABLE
                + " where index_key_id is null or index_key_id <> ?",
            Long.class,
            cipher.currentIndexKeyId());
    return count == null ? 0 : count;
  }

  @Override
  public int rotateBatch(int batchSize) {
    String current = cipher.currentIndexKeyId();
    List<Object[]> rows =
        jdbc.query(
            "select id, full_name_sealed, phone_sealed from "
                + INDEXED_TABLE
                + " where index_key_id is null or index_key_id <> ? order by id limit ? for update",
            (rs, n) ->
                new Object[] {
                  rs.getObject("id"), rs.getString("full_name_sealed"), rs.getString("phone_sealed")
                },
            current,
            batchSize);
    for (Object[] row : rows) {
      Object id = row[0];
      String name = open((String) row[1], "full_name_sealed", id);
      String phone = open((String) row[2], "phone_sealed", id);
      jdbc.update(
          "update "
              + INDEXED_TABLE
              + " set name_index = ?, phone_index = ?, index_key_id = ? where id = ?",
          cipher.blindIndex("name", name),
          cipher.blindIndex("phone", phone),
          current,
          id);
    }
    return rows.size();
  }

  private String open(String sealed, String column, Object id) {
    try {
      return cipher.open(sealed, INDEXED_TABLE + "." + column + ":" + id);
    } catch (IllegalStateException unreadable) {
      throw new UnreadableValue(INDEXED_TABLE, column, id);
    }
  }
}
