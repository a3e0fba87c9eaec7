package eu.pharos.network.directory;

import eu.pharos.network.MemberNotFound;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may change which profile. The directory is not tenant-scoped (anonymous visitors read it), so
 * "an organisation admin changes only their own organisation" is enforced here, on every change,
 * rather than by Hibernate's tenant filter.
 */
@Component
class DirectoryAccess {

  static final String SECRETARIAT_ROLES = "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN')";
  static final String EDITOR_ROLES = "hasAnyRole('ORG_ADMIN', 'SECRETARIAT', 'NETWORK_ADMIN')";

  record Actor(UUID id, String label) {}

  /** Another organisation's profile is "not found" for an organisation admin. */
  void checkMayEdit(UUID organisationId) {
    if (isSecretariat()) {
      return;
    }
    Optional<StaffUser> user = TenantContext.currentUser();
    boolean own = user.isPresent() && user.get().organisationId().equals(organisationId);
    if (!own || !hasRole("ORG_ADMIN")) {
      throw MemberNotFound.forId(organisationId);
    }
  }

  boolean isSecretariat() {
    return hasRole("SECRETARIAT") || hasRole("NETWORK_ADMIN");
  }

  Actor actor() {
    return TenantContext.currentUser()
        .map(u -> new Actor(u.userId(), u.email()))
        .orElse(new Actor(null, "system"));
  }

  private static boolean hasRole(String role) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return false;
    }
    for (GrantedAuthority authority : auth.getAuthorities()) {
      if (("ROLE_" + role).equals(authority.getAuthority())) {
        return true;
      }
    }
    return false;
  }
}
