package eu.pharos.helpline.privacy;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditRecord;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the data page of a victim shows; the read is audited as a read of the victim. */
@Component
@Transactional(readOnly = true)
public class DataRightsOverview {

  private final VictimRecords records;
  private final JdbcTemplate jdbc;
  private final Users users;
  private final AuditLog audit;

  DataRightsOverview(VictimRecords records, JdbcTemplate jdbc, Users users, AuditLog audit) {
    this.records = records;
    this.jdbc = jdbc;
    this.users = users;
    this.audit = audit;
  }

  /**
   * @throws eu.pharos.helpline.VictimNotFound for an unknown id or a victim of another organisation
   */
  @PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR', 'ORG_ADMIN')")
  public DataRightsView of(UUID victimId) {
    UUID organisationId = TenantContext.current();
    var victim = records.view(organisationId, victimId);
    audit.record(AuditRecord.access("helpline.victim", victimId));
    record Extra(Instant holdSetAt, UUID holdSetBy, Instant erasedAt, UUID erasedBy, String why) {}
    List<Extra> extra =
        jdbc.query(
            "select legal_hold_set_at, legal_hold_set_by, erased_at, erased_by, erasure_reason"
                + " from helpline_victim where id = ? and organisation_id = ?",
            (rs, n) ->
                new Extra(
                    VictimRecords.instant(rs, "legal_hold_set_at"),
                    rs.getObject("legal_hold_set_by", UUID.class),
                    VictimRecords.instant(rs, "erased_at"),
                    rs.getObject("erased_by", UUID.class),
                    rs.getString("erasure_reason")),
            victimId,
            organisationId);
    Extra e = extra.get(0);
    return new DataRightsView(
        victim,
        e.holdSetAt(),
        name(e.holdSetBy()),
        e.erasedAt(),
        name(e.erasedBy()),
        e.why(),
        records.keptCases(organisationId, victimId));
  }

  private String name(UUID userId) {
    return userId == null ? null : users.find(userId).map(UserView::displayName).orElse(null);
  }
}
