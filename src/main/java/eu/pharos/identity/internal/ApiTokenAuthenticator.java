package eu.pharos.identity.internal;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Turns a presented token into its owner. Unknown, expired and revoked tokens, and tokens of users
 * who are not active, all fail alike, so a caller learns nothing about which it was.
 *
 * <p>This runs before every API call, so it is one plain statement (the token, its user and the
 * user's roles), not entity queries: Hibernate translates a query anew on every call while the
 * tenant filter is on. The token's organisation is not known until it is found, so the statement
 * names no organisation; it finds the token by its hash alone.
 */
@Service
class ApiTokenAuthenticator {

  /** A busy client updates "last used" at most this often. */
  static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

  private static final String FIND =
      "select t.id as token_id, t.expires_at, t.last_used_at, t.revoked_at,"
          + " u.id as user_id, u.organisation_id, u.email, u.display_name, u.status,"
          + " u.preferred_language, u.totp_secret is not null as enrolled, r.role"
          + " from identity_api_token t"
          + " join identity_user u on u.id = t.user_id"
          + " left join identity_user_role r on r.user_id = u.id"
          + " where t.token_hash = ?";

  private static final String RECORD_USE =
      "update identity_api_token set last_used_at = ?"
          + " where id = ? and (last_used_at is null or last_used_at < ?)";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ApiTokenAuthenticator(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<ApiTokenAuthentication> authenticate(String presented) {
    if (!ApiToken.looksLikeToken(presented)) {
      return Optional.empty();
    }
    String hash = ApiToken.hash(presented);
    Instant now = Instant.now(clock);
    Found found = jdbc.query(FIND, ApiTokenAuthenticator::found, hash);
    if (found == null
        || found.revokedAt != null
        || !now.isBefore(found.expiresAt)
        || found.status != UserStatus.ACTIVE) {
      return Optional.empty();
    }
    Instant notBefore = now.minus(USE_RECORDING_INTERVAL);
    if (found.lastUsedAt == null || found.lastUsedAt.isBefore(notBefore)) {
      jdbc.update(RECORD_USE, utc(now), found.tokenId, utc(notBefore));
    }
    return Optional.of(
        new ApiTokenAuthentication(
            new PharosUser(
                found.userId,
                found.organisationId,
                found.email,
                found.displayName,
                found.roles,
                found.enrolled,
                found.preferredLanguage),
            found.tokenId));
  }

  /** The token's row with its user, one row per role. */
  private static final class Found {
    UUID tokenId;
    Instant expiresAt;
    Instant lastUsedAt;
    Instant revokedAt;
    UUID userId;
    UUID organisationId;
    String email;
    String displayName;
    UserStatus status;
    String preferredLanguage;
    boolean enrolled;
    final Set<Role> roles = EnumSet.noneOf(Role.class);
  }

  private static Found found(ResultSet rs) throws SQLException {
    Found found = null;
    while (rs.next()) {
      if (found == null) {
        found = new Found();
        found.tokenId = rs.getObject("token_id", UUID.class);
        found.expiresAt = instant(rs, "expires_at");
        found.lastUsedAt = instant(rs, "last_used_at");
        found.revokedAt = instant(rs, "revoked_at");
        found.userId = rs.getObject("user_id", UUID.class);
        found.organisationId = rs.getObject("organisation_id", UUID.class);
        found.email = rs.getString("email");
        found.displayName = rs.getString("display_name");
        found.status = UserStatus.valueOf(rs.getString("status"));
        found.preferredLanguage = rs.getString("preferred_language");
        found.enrolled = rs.getBoolean("enrolled");
      }
      String role = rs.getString("role");
      if (role != null) {
        found.roles.add(Role.valueOf(role));
      }
    }
    return found;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant moment) {
    return moment.atOffset(ZoneOffset.UTC);
  }
}
