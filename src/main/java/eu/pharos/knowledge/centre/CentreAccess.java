package eu.pharos.knowledge.centre;

import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may see and do what in a Centre of Excellence. Centres belong to
 * the network, not to one organisation: anyone sees that a centre exists and its public content;
 * the network's staff see content for the network; members (in person or through their
 * organisation) see the centre's own content and contribute; moderators and the secretariat run it.
 * Content a caller may not see is "not found"; an action they may not take is refused.
 */
@Component
public class CentreAccess {

  static final Set<String> SECRETARIAT_ROLES = Set.of("SECRETARIAT", "NETWORK_ADMIN");

  private final CentreRepository centres;
  private final MembershipRepository memberships;

  CentreAccess(CentreRepository centres, MembershipRepository memberships) {
    this.centres = centres;
    this.memberships = memberships;
  }

  /**
   * A centre by its short name or id, with the caller's standing.
   *
   * @throws CentreNotFound for an unknown key
   */
  @Transactional(readOnly = true)
  public CentreRef read(String key) {
    Centre centre = find(key);
    return ref(centre, standingIn(centre.id()));
  }

  @Transactional(readOnly = true)
  public CentreRef read(UUID centreId) {
    return read(centreId == null ? null : centreId.toString());
  }

  /** As {@link #read(String)}, refused unless the caller is a member or moderator. */
  @Transactional(readOnly = true)
  public CentreRef requireMember(String key) {
    CentreRef centre = read(key);
    if (!centre.isMember()) {
      throw new AccessDeniedException("Only members of the centre may do this");
    }
    return centre;
  }

  @Transactional(readOnly = true)
  public CentreRef requireMember(UUID centreId) {
    return requireMember(centreId == null ? null : centreId.toString());
  }

  /** As {@link #read(String)}, refused unless the caller moderates the centre. */
  @Transactional(readOnly = true)
  public CentreRef requireModerator(String key) {
    CentreRef centre = read(key);
    if (!centre.isModerator()) {
      throw new AccessDeniedException("Only moderators of the centre may do this");
    }
    return centre;
  }

  @Transactional(readOnly = true)
  public CentreRef requireModerator(UUID centreId) {
    return requireModerator(centreId == null ? null : centreId.toString());
  }

  /** Whether the caller is the secretariat, which opens centres and moderates every one. */
  public boolean isSecretariat() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return false;
    }
    return auth.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.startsWith("ROLE_") && SECRETARIAT_ROLES.contains(a.substring(5)));
  }

  public void requireSecretariat() {
    if (!isSecretariat()) {
      throw new AccessDeniedException("Only the secretariat may do this");
    }
  }

  /** The caller's standing in a centre (the centre is assumed to exist). */
  @Transactional(readOnly = true)
  public Standing standingIn(UUID centreId) {
    Optional<StaffUser> user = TenantContext.currentUser();
    if (user.isEmpty()) {
      return Standing.PUBLIC;
    }
    if (isSecretariat()) {
      return Standing.MODERATOR;
    }
    return standingOf(
        memberships.findAffecting(centreId, user.get().userId(), user.get().organisationId()));
  }

  /**
   * The centres whose members-only content the caller may read: every centre for the secretariat,
   * none for a visitor. For filtering lists and search results in one query.
   */
  @Transactional(readOnly = true)
  public Set<UUID> memberCentres() {
    Optional<StaffUser> user = TenantContext.currentUser();
    if (user.isEmpty()) {
      return Set.of();
    }
    if (isSecretariat()) {
      return centres.findAll().stream().map(Centre::id).collect(Collectors.toSet());
    }
    return memberships.findAffecting(user.get().userId(), user.get().organisationId()).stream()
        .filter(Membership::isActive)
        .map(Membership::centreId)
        .collect(Collectors.toSet());
  }

  /**
   * Whether a given staff user is a member of a centre, in person or through their organisation:
   * for checks on other people, such as whom a post may mention.
   */
  @Transactional(readOnly = true)
  public boolean isMember(UUID centreId, UUID userId, UUID organisationId) {
    return standingOf(memberships.findAffecting(centreId, userId, organisationId))
        .atLeast(Standing.MEMBER);
  }

  /** The signed-in user, or empty for a visitor or work of Pharos itself. */
  public Optional<StaffUser> currentUser() {
    return TenantContext.currentUser();
  }

  public UUID currentUserId() {
    return TenantContext.currentUser().map(StaffUser::userId).orElse(null);
  }

  Centre find(String key) {
    if (key == null || key.isBlank()) {
      throw CentreNotFound.forKey(key);
    }
    Optional<Centre> found = centres.findBySlug(key);
    if (found.isEmpty()) {
      try {
        found = centres.findById(UUID.fromString(key));
      } catch (IllegalArgumentException notAnId) {
        found = Optional.empty();
      }
    }
    return found.orElseThrow(() -> CentreNotFound.forKey(key));
  }

  static CentreRef ref(Centre centre, Standing standing) {
    return new CentreRef(centre.id(), centre.slug(), centre.name(), centre.languages(), standing);
  }

  private static Standing standingOf(List<Membership> rows) {
    Standing standing = Standing.NETWORK;
    for (Membership row : rows) {
      if (!row.isActive()) {
        continue;
      }
      if (row.isPerson() && row.role() == MemberRole.MODERATOR) {
        return Standing.MODERATOR;
      }
      standing = Standing.MEMBER;
    }
    return standing;
  }
}
