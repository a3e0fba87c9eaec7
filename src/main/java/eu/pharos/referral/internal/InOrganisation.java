package eu.pharos.referral.internal;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work in the scope of one of a referral's two organisations: users of that side, and changes to
 * its helpline records. Hibernate reads the tenant when a session opens, so each piece of work runs
 * in a transaction of its own, opened in that organisation's scope.
 */
@Component
class InOrganisation {

  private final TransactionTemplate requiresNew;
  private final Users users;

  InOrganisation(PlatformTransactionManager transactions, Users users) {
    this.requiresNew = new TransactionTemplate(transactions);
    this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.users = users;
  }

  /** The active users of {@code organisationId} holding any of {@code roles}. */
  List<UserView> activeUsers(UUID organisationId, Set<Role> roles) {
    return users.activeIn(organisationId, roles);
  }

  /**
   * Runs work of Pharos itself in {@code organisationId}'s scope, in a transaction of its own and
   * with nobody signed in, whichever side's user called: what it changes in that organisation's
   * records is recorded as done by Pharos, not by one of its people (nor by the caller, who is
   * named in the referral's own audit record).
   */
  void asPharos(UUID organisationId, Runnable work) {
    SecurityContext caller = SecurityContextHolder.getContext();
    SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
    try {
      TenantContext.runAs(
          organisationId,
          () -> {
            requiresNew.executeWithoutResult(status -> work.run());
          });
    } finally {
      SecurityContextHolder.setContext(caller);
    }
  }
}
