package eu.pharos.referral.internal;

import eu.pharos.identity.ActAs;
import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work in the scope of one of a referral's two organisations other than the caller's: users of the
 * other side, and changes to its helpline records. Hibernate reads the tenant when a session opens,
 * so each piece of work runs in a transaction of its own, opened in that organisation's scope.
 */
@Component
class InOrganisation {

  private static final Set<Role> CASE_WORK = Set.of(Role.ADVISOR, Role.SUPERVISOR);

  private final TransactionTemplate requiresNew;
  private final Users users;
  private final ActAs actAs;

  InOrganisation(PlatformTransactionManager transactions, Users users, ActAs actAs) {
    this.requiresNew = new TransactionTemplate(transactions);
    this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.users = users;
    this.actAs = actAs;
  }

  /** The active users of {@code organisationId}. */
  List<UserView> activeUsers(UUID organisationId) {
    return TenantContext.runAs(
        organisationId,
        () ->
            requiresNew.execute(
                status ->
                    users.inMyOrganisation().stream()
                        .filter(user -> user.status() == UserStatus.ACTIVE)
                        .toList()));
  }

  /** The active users of {@code organisationId} holding any of {@code roles}. */
  List<UserView> activeUsers(UUID organisationId, Set<Role> roles) {
    return activeUsers(organisationId).stream()
        .filter(user -> user.roles().stream().anyMatch(roles::contains))
        .toList();
  }

  /**
   * Runs helpline work in {@code organisationId} as one of its case workers: {@code
   * preferredUserId} when they are an active advisor or supervisor there, else a supervisor, else
   * an advisor. Their roles and organisation apply, and the helpline records them as the one who
   * acted.
   *
   * @throws IllegalStateException when the organisation has no active case worker
   */
  <T> T asCaseWorker(UUID organisationId, UUID preferredUserId, Supplier<T> work) {
    return TenantContext.runAs(
        organisationId,
        () ->
            requiresNew.execute(
                status -> {
                  UserView worker = caseWorker(organisationId, preferredUserId);
                  return actAs.user(worker.email(), work);
                }));
  }

  private UserView caseWorker(UUID organisationId, UUID preferredUserId) {
    List<UserView> workers =
        users.inMyOrganisation().stream()
            .filter(user -> user.status() == UserStatus.ACTIVE)
            .filter(user -> user.roles().stream().anyMatch(CASE_WORK::contains))
            .filter(user -> user.organisationId().equals(organisationId))
            .toList();
    return workers.stream()
        .filter(user -> user.id().equals(preferredUserId))
        .findFirst()
        .or(
            () ->
                workers.stream()
                    .min(
                        Comparator.comparing(
                            (UserView user) -> user.roles().contains(Role.SUPERVISOR) ? 0 : 1)))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "organisation " + organisationId + " has no active advisor or supervisor"));
  }
}
