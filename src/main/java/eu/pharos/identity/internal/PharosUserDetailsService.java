package eu.pharos.identity.internal;

import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the account for a sign-in. E-mail addresses are unique across the network, so the lookup
 * runs across all organisations; nothing else about other organisations is exposed.
 */
@Service
class PharosUserDetailsService implements UserDetailsService {

  private final UserAccountRepository users;
  private final TransactionTemplate transactions;
  private final Clock clock;

  PharosUserDetailsService(
      UserAccountRepository users, TransactionTemplate transactions, Clock clock) {
    this.users = users;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public PharosUser loadUserByUsername(String email) {
    return TenantContext.runAsSystem(
        () ->
            transactions.execute(
                status ->
                    users
                        .findByEmail(UserAccount.normaliseEmail(email))
                        .map(user -> new PharosUser(user, user.isLocked(Instant.now(clock))))
                        .orElseThrow(() -> new UsernameNotFoundException("unknown account"))));
  }
}
