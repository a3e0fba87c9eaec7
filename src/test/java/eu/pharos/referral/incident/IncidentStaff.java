package eu.pharos.referral.incident;

import eu.pharos.identity.Role;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff of the demo members that the demo network has no such user for (a supervisor of France
 * Victimes, of Slachtofferhulp Nederland), written straight into the identity tables for one test.
 */
final class IncidentStaff {

  private IncidentStaff() {}

  /**
   * Adds a user with {@code roles} to the organisation of {@code shortName}; returns the e-mail.
   */
  static String add(JdbcTemplate jdbc, String shortName, Role... roles) {
    UUID organisationId =
        jdbc.queryForObject(
            "select id from identity_organisation where short_name = ?", UUID.class, shortName);
    UUID id = UUID.randomUUID();
    String email = shortName.toLowerCase() + "-" + id.toString().substring(0, 8) + "@pharos.test";
    jdbc.update(
        "insert into identity_user (id, organisation_id, email, display_name, status,"
            + " preferred_language, created_at) values (?, ?, ?, ?, 'ACTIVE', 'en', ?)",
        id,
        organisationId,
        email,
        "Test " + shortName,
        Instant.now().atOffset(ZoneOffset.UTC));
    for (Role role : roles) {
      jdbc.update("insert into identity_user_role (user_id, role) values (?, ?)", id, role.name());
    }
    return email;
  }

  static UUID organisation(JdbcTemplate jdbc, String shortName) {
    return jdbc.queryForObject(
        "select id from identity_organisation where short_name = ?", UUID.class, shortName);
  }
}
