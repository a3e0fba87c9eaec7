package eu.pharos.helpline.internal;

import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the human-readable references of cases ({@code C-2026-000123}) and victims ({@code
 * V-2026-000042}), numbered per organisation, and creates the organisation's row of {@code
 * helpline_settings} on first use. A reference names a record without naming a person, so it can be
 * said on the phone and written in logs.
 */
@Component
public class References {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final int defaultRetentionDays;

  References(
      JdbcTemplate jdbc,
      Clock clock,
      @Value("${pharos.helpline.retention.default-days}") int defaultRetentionDays) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.defaultRetentionDays = defaultRetentionDays;
  }

  /** The next case reference of the current organisation. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public String nextCaseReference() {
    return "C-" + year() + "-" + String.format("%06d", next("next_case_number"));
  }

  /** The next victim reference of the current organisation. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public String nextVictimReference() {
    return "V-" + year() + "-" + String.format("%06d", next("next_victim_number"));
  }

  /** Makes sure the organisation has its settings row, with the default retention. */
  public void ensureSettings(UUID organisationId) {
    Integer rows =
        jdbc.queryForObject(
            "select count(*) from helpline_settings where organisation_id = ?",
            Integer.class,
            organisationId);
    if (rows != null && rows > 0) {
      return;
    }
    try {
      jdbc.update(
          "insert into helpline_settings (organisation_id, closed_case_retention_days,"
              + " next_case_number, next_victim_number, updated_at, version)"
              + " values (?, ?, 1, 1, ?, 0)",
          organisationId,
          defaultRetentionDays,
          Timestamp.from(Instant.now(clock)));
    } catch (DuplicateKeyException raced) {
      // Another request created it first: fine.
    }
  }

  private long next(String column) {
    UUID organisationId = TenantContext.current();
    if (organisationId.equals(TenantContext.NOBODY)
        || organisationId.equals(TenantContext.SYSTEM)) {
      throw new IllegalStateException("references are handed out within one organisation");
    }
    ensureSettings(organisationId);
    Long value =
        jdbc.queryForObject(
            "select " + column + " from helpline_settings where organisation_id = ? for update",
            Long.class,
            organisationId);
    jdbc.update(
        "update helpline_settings set " + column + " = ? where organisation_id = ?",
        value + 1,
        organisationId);
    return value;
  }

  private int year() {
    return Instant.now(clock).atZone(ZoneOffset.UTC).getYear();
  }
}
