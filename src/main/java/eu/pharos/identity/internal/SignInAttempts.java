package eu.pharos.identity.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts wrong passwords and codes per account and locks the account after too many in a row. The
 * count lives in the database, so the lockout holds on every node.
 */
@Component
class SignInAttempts {

  private static final int TRIES_ON_CONFLICT = 3;

  private final UserAccountRepository users;
  private final AuditLog auditLog;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockout;

  SignInAttempts(
      UserAccountRepository users,
      AuditLog auditLog,
      TransactionTemplate transactions,
      Clock clock,
      @Value("${pharos.security.login.max-failures}") int maxFailures,
      @Value("${pharos.security.login.lockout}") Duration lockout) {
    this.users = users;
    this.auditLog = auditLog;
    this.transactions = transactions;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockout = lockout;
  }

  /** A wrong password for {@code email}; an address without an account changes nothing. */
  void wrongPassword(String email) {
    String normalised = UserAccount.normaliseEmail(email);
    for (int attempt = 1; ; attempt++) {
      try {
        TenantContext.runAsSystem(
            () ->
                transactions.executeWithoutResult(
                    status -> users.findByEmail(normalised).ifPresent(this::countFailure)));
        return;
      } catch (OptimisticLockingFailureException concurrentFailure) {
        if (attempt == TRIES_ON_CONFLICT) {
          throw concurrentFailure;
        }
      }
    }
  }

  /**
   * Counts a failure within the caller's transaction.
   *
   * @return whether the account is locked now
   */
  boolean countFailure(UserAccount account) {
    Instant now = Instant.now(clock);
    if (account.isLocked(now)) {
      return true;
    }
    boolean lockedNow = account.recordFailedLogin(maxFailures, lockout, now);
    if (lockedNow) {
      auditLog.record(
          AuditRecord.of("auth.locked", AuditOutcome.FAILURE)
              .actor(account.id(), account.email(), account.organisationId())
              .target("user", account.id())
              .detail("locked for " + lockout + " after " + maxFailures + " failures"));
    }
    return lockedNow;
  }

  /** A complete sign-in: the count starts again. */
  void signedIn(UUID userId) {
    try {
      TenantContext.runAsSystem(
          () ->
              transactions.executeWithoutResult(
                  status ->
                      users
                          .findById(userId)
                          .ifPresent(
                              account -> account.recordSuccessfulLogin(Instant.now(clock)))));
    } catch (OptimisticLockingFailureException concurrentChange) {
      // Another request changed the account at the same moment; the sign-in itself stands, and
      // the failure count starts again at the next complete sign-in.
    }
  }
}
