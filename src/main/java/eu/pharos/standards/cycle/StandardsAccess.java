package eu.pharos.standards.cycle;

import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see and do what in a standards cycle. Cycles have no tenant
 * column: the assessed organisation's quality staff, the secretariat and the cycle's own evaluators
 * see it; anybody else gets {@link CycleNotFound}, whatever id they try. What each party may do
 * once it sees the cycle is checked with {@link Access#require}.
 */
@Component
public class StandardsAccess {

  /** Roles of a member organisation's staff who take part in its quality work. */
  static final Set<String> MEMBER_ROLES = Set.of("ORG_ADMIN", "SUPERVISOR", "MEMBER");

  static final Set<String> SECRETARIAT_ROLES = Set.of("SECRETARIAT", "NETWORK_ADMIN");

  private final CycleRepository cycles;
  private final EvaluatorRepository evaluators;

  StandardsAccess(CycleRepository cycles, EvaluatorRepository evaluators) {
    this.cycles = cycles;
    this.evaluators = evaluators;
  }

  /** A cycle as the caller may read it. */
  Access read(UUID cycleId) {
    Cycle cycle = cycleId == null ? null : cycles.findById(cycleId).orElse(null);
    return access(cycleId, cycle);
  }

  /** A cycle locked for a change, as the caller may change it. */
  Access change(UUID cycleId) {
    Cycle cycle = cycleId == null ? null : cycles.findForUpdate(cycleId).orElse(null);
    return access(cycleId, cycle);
  }

  /**
   * Cycles the caller may see, newest first, each with the caller's parties: worked out from what
   * the list's own queries return, so that a list does not read each cycle again.
   */
  List<Access> visible() {
    StaffUser user = TenantContext.currentUser().orElse(null);
    boolean secretariat = isSecretariat();
    boolean member = hasAny(MEMBER_ROLES);
    Set<UUID> assigned =
        user == null
            ? Set.of()
            : evaluators.findByUserId(user.userId()).stream()
                .map(Evaluator::cycleId)
                .collect(Collectors.toSet());
    List<Cycle> found;
    if (secretariat) {
      found = cycles.findAllByOrderByOpenedAtDesc();
    } else if (user == null) {
      found = List.of();
    } else {
      List<Cycle> own =
          member
              ? cycles.findByOrganisationIdOrderByOpenedAtDesc(user.organisationId())
              : List.of();
      List<Cycle> theirs =
          assigned.isEmpty() ? List.of() : cycles.findByIdInOrderByOpenedAtDesc(assigned);
      found =
          Stream.concat(own.stream(), theirs.stream())
              .distinct()
              .sorted(Comparator.comparing(Cycle::openedAt).reversed())
              .toList();
    }
    return found.stream()
        .map(cycle -> new Access(cycle, parties(cycle, user, secretariat, member, assigned), user))
        .toList();
  }

  /** Whether the caller is the secretariat, which runs frameworks and every cycle. */
  public boolean isSecretariat() {
    return hasAny(SECRETARIAT_ROLES);
  }

  /** Refuses anyone but the secretariat. */
  public void requireSecretariat() {
    if (!isSecretariat()) {
      throw new AccessDeniedException("Only the secretariat may do this");
    }
  }

  /** The signed-in user's id, or null for work of Pharos itself. */
  UUID currentUserId() {
    return TenantContext.currentUser().map(StaffUser::userId).orElse(null);
  }

  private Access access(UUID cycleId, Cycle cycle) {
    if (cycle == null) {
      throw CycleNotFound.forId(cycleId);
    }
    StaffUser user = TenantContext.currentUser().orElse(null);
    Set<UUID> assigned =
        user != null && evaluators.existsByCycleIdAndUserId(cycle.id(), user.userId())
            ? Set.of(cycle.id())
            : Set.of();
    Set<Party> parties = parties(cycle, user, isSecretariat(), hasAny(MEMBER_ROLES), assigned);
    if (parties.isEmpty()) {
      throw CycleNotFound.forId(cycleId);
    }
    return new Access(cycle, parties, user);
  }

  private static Set<Party> parties(
      Cycle cycle, StaffUser user, boolean secretariat, boolean member, Set<UUID> assigned) {
    EnumSet<Party> parties = EnumSet.noneOf(Party.class);
    if (secretariat) {
      parties.add(Party.SECRETARIAT);
    }
    if (user != null && member && user.organisationId().equals(cycle.organisationId())) {
      parties.add(Party.MEMBER);
    }
    if (assigned.contains(cycle.id())) {
      parties.add(Party.EVALUATOR);
    }
    return parties;
  }

  private static boolean hasAny(Set<String> roles) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return false;
    }
    Collection<? extends GrantedAuthority> authorities = auth.getAuthorities();
    return authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.startsWith("ROLE_") && roles.contains(a.substring(5)));
  }

  /** A cycle and how the caller stands to it. */
  record Access(Cycle cycle, Set<Party> parties, StaffUser user) {

    boolean is(Party party) {
      return parties.contains(party);
    }

    /** Refuses unless the caller is one of {@code allowed}: they see the cycle but may not act. */
    Access require(Party... allowed) {
      for (Party party : allowed) {
        if (parties.contains(party)) {
          return this;
        }
      }
      throw new AccessDeniedException("Not allowed in this cycle");
    }

    UUID userId() {
      return user == null ? null : user.userId();
    }
  }
}
