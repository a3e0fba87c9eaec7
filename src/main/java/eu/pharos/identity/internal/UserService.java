package eu.pharos.identity.internal;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queries run in the caller's tenant scope: Hibernate filters by organisation. The lookups of
 * active users by role name their organisation explicitly and read the tables with SQL, which the
 * tenant filter of the caller's session does not touch.
 */
@Service
@Transactional(readOnly = true)
class UserService implements Users {

  private static final String ACTIVE_WITH_ROLES =
      "select u.id, u.organisation_id, u.email, u.display_name, u.totp_secret is not null as"
          + " enrolled, u.last_login_at, r.role from identity_user u"
          + " join identity_user_role r on r.user_id = u.id"
          + " where u.status = 'ACTIVE'";

  private final UserAccountRepository users;
  private final JdbcTemplate jdbc;

  UserService(UserAccountRepository users, JdbcTemplate jdbc) {
    this.users = users;
    this.jdbc = jdbc;
  }

  @Override
  public Optional<UserView> find(UUID id) {
    return users.findById(id).map(UserAccount::view);
  }

  @Override
  public List<UserView> inMyOrganisation() {
    return users.findAllByOrderByDisplayNameAsc().stream().map(UserAccount::view).toList();
  }

  @Override
  public List<UserView> activeIn(UUID organisationId, Set<Role> roles) {
    if (organisationId == null) {
      return List.of();
    }
    return withRoles(
        ACTIVE_WITH_ROLES + " and u.organisation_id = ? order by u.display_name, u.id",
        roles,
        organisationId);
  }

  @Override
  public List<UserView> activeWith(Set<Role> roles) {
    return withRoles(ACTIVE_WITH_ROLES + " order by u.display_name, u.id", roles);
  }

  private List<UserView> withRoles(String sql, Set<Role> wanted, Object... args) {
    Map<UUID, UserView> found = new LinkedHashMap<>();
    jdbc.query(
        sql,
        row -> {
          UUID id = row.getObject("id", UUID.class);
          Role role = Role.valueOf(row.getString("role"));
          UserView seen = found.get(id);
          Set<Role> roles = EnumSet.of(role);
          if (seen != null) {
            roles.addAll(seen.roles());
          }
          java.sql.Timestamp lastLogin = row.getTimestamp("last_login_at");
          found.put(
              id,
              new UserView(
                  id,
                  row.getObject("organisation_id", UUID.class),
                  row.getString("email"),
                  row.getString("display_name"),
                  UserStatus.ACTIVE,
                  Set.copyOf(roles),
                  row.getBoolean("enrolled"),
                  lastLogin == null ? null : lastLogin.toInstant()));
        },
        args);
    return found.values().stream()
        .filter(user -> user.roles().stream().anyMatch(wanted::contains))
        .toList();
  }
}
