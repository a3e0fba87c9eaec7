package eu.pharos.referral.incident;

import eu.pharos.identity.OrganisationKind;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what with incidents, in one place. Incidents are network-wide: every staff member of a
 * member organisation or of the secretariat sees them; what is personal in them stays with each
 * holding organisation.
 */
@Component
class IncidentAccess {

  private final Organisations organisations;

  IncidentAccess(Organisations organisations) {
    this.organisations = organisations;
  }

  /** The signed-in staff member of a member organisation or of the secretariat. */
  StaffUser staff() {
    StaffUser user =
        TenantContext.currentUser()
            .orElseThrow(() -> new AccessDeniedException("incidents are for signed-in staff"));
    OrganisationKind kind =
        organisations
            .find(user.organisationId())
            .map(OrganisationView::kind)
            .orElseThrow(() -> new AccessDeniedException("no organisation"));
    if (kind != OrganisationKind.MEMBER && kind != OrganisationKind.SECRETARIAT) {
      throw new AccessDeniedException("incidents are for the network's organisations");
    }
    return user;
  }

  /** The signed-in staff member of a member organisation, who holds victims. */
  StaffUser memberStaff() {
    StaffUser user = staff();
    if (organisations.find(user.organisationId()).map(OrganisationView::kind).orElse(null)
        != OrganisationKind.MEMBER) {
      throw new AccessDeniedException("only member organisations hold victims");
    }
    return user;
  }

  /** The secretariat and network admins, or an organisation admin or supervisor of these. */
  boolean mayClose(UUID declaringOrganisationId, UUID leadOrganisationId) {
    Set<String> roles = roles();
    if (roles.contains("SECRETARIAT") || roles.contains("NETWORK_ADMIN")) {
      return true;
    }
    UUID own = TenantContext.current();
    return (roles.contains("ORG_ADMIN") || roles.contains("SUPERVISOR"))
        && (own.equals(declaringOrganisationId) || own.equals(leadOrganisationId));
  }

  static Set<String> roles() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return Set.of();
    }
    return auth.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_"))
        .map(a -> a.substring(5))
        .collect(Collectors.toSet());
  }
}
