package eu.pharos.standards.cycle;

import eu.pharos.identity.Organisations;
import eu.pharos.identity.Role;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people a cycle involves across organisations. Lists by role come from identity, which names
 * the organisation explicitly; a single user is read in the scope of the organisation asked about,
 * in a transaction of its own (a session's tenant is fixed when it opens, so a lookup joining the
 * caller's transaction would see the caller's organisation instead).
 */
@Component
public class StandardsPeople {

  private final Users users;
  private final Organisations organisations;

  private final TransactionTemplate lookups;

  StandardsPeople(
      Users users, Organisations organisations, PlatformTransactionManager transactionManager) {
    this.users = users;
    this.organisations = organisations;
    this.lookups = new TransactionTemplate(transactionManager);
    this.lookups.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.lookups.setReadOnly(true);
  }

  /** Runs {@code work} as {@code organisationId}, in a new session that has its tenant. */
  private <T> T in(UUID organisationId, Supplier<T> work) {
    return TenantContext.runAs(organisationId, () -> lookups.execute(status -> work.get()));
  }

  /** Active users of {@code organisationId} holding any of {@code roles}. */
  public List<UserView> of(UUID organisationId, Set<Role> roles) {
    return users.activeIn(organisationId, roles);
  }

  /** The organisation's staff who take part in its quality work. */
  public List<UserView> qualityStaff(UUID organisationId) {
    return of(organisationId, Set.of(Role.ORG_ADMIN, Role.SUPERVISOR, Role.MEMBER));
  }

  /** Every active evaluator of the network, whatever organisation they belong to. */
  public List<UserView> evaluators() {
    return users.activeWith(Set.of(Role.EVALUATOR));
  }

  /** The secretariat's people, to tell of members' steps. */
  public List<UserView> secretariat() {
    List<UserView> all = new ArrayList<>();
    organisations.all().stream()
        .filter(org -> org.kind() == eu.pharos.identity.OrganisationKind.SECRETARIAT)
        .forEach(org -> all.addAll(of(org.id(), Set.of(Role.SECRETARIAT))));
    return all;
  }

  /** A user of any organisation, by id. */
  public Optional<UserView> user(UUID organisationId, UUID userId) {
    if (organisationId == null || userId == null) {
      return Optional.empty();
    }
    return in(organisationId, () -> users.find(userId));
  }

  /** A user's name as the people of a cycle see it, or empty for nobody (work of Pharos). */
  public String nameOf(UUID userId) {
    if (userId == null) {
      return "";
    }
    for (var org : organisations.all()) {
      Optional<UserView> user = in(org.id(), () -> users.find(userId));
      if (user.isPresent()) {
        return user.get().displayName();
      }
    }
    return "";
  }
}
