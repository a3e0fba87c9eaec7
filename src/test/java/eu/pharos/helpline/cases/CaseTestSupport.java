package eu.pharos.helpline.cases;

import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.network.CrimeType;
import eu.pharos.test.TenancyCheck;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the case tests share: the demo users and a case opened through the facade. */
final class CaseTestSupport {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String ORG_ADMIN = "orgadmin.apav@pharos.test";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";

  private final TenancyCheck tenancy;
  private final Cases cases;
  private final JdbcTemplate jdbc;

  CaseTestSupport(TenancyCheck tenancy, Cases cases, JdbcTemplate jdbc) {
    this.tenancy = tenancy;
    this.cases = cases;
    this.jdbc = jdbc;
  }

  /** A case of APAV for a new victim, crime in Spain against a resident of Portugal. */
  CaseView openCase(String victimName, String summary) {
    return tenancy.asUser(
        ADVISOR,
        () ->
            cases.open(
                new NewCase(
                    null,
                    new VictimDetails(victimName, "+351 912 000 111", null, null, null, "pt", "PT"),
                    new CrimeDetails(
                        CrimeType.ROBBERY,
                        LocalDate.now().minusDays(3),
                        "Near the station",
                        "ES",
                        null,
                        summary),
                    null,
                    Set.of())));
  }

  UUID userId(String email) {
    return jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, email);
  }

  long audited(String action, UUID caseId) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from audit_event where action = ? and target_type = 'helpline.case'"
                + " and target_id = ?",
            Long.class,
            action,
            caseId.toString());
    return count == null ? 0 : count;
  }
}
