package eu.pharos.identity.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.identity.InvitationView;
import eu.pharos.identity.Invitations;
import eu.pharos.identity.LinkNotValid;
import eu.pharos.identity.PasswordPolicy;
import eu.pharos.identity.PasswordRejected;
import eu.pharos.identity.PasswordResets;
import eu.pharos.identity.UserStatus;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password resets and invitation acceptance: the two ways to choose a password through a link. The
 * person following the link is not signed in, so the work runs in system scope, on the one account
 * the link names.
 */
@Service
class AccountLinkService implements PasswordResets, Invitations {

  private final UserAccountRepository users;
  private final OrganisationRepository organisations;
  private final UserTokens tokens;
  private final AccountMails mails;
  private final PasswordEncoder passwords;
  private final AuditLog auditLog;
  private final TransactionTemplate transactions;

  AccountLinkService(
      UserAccountRepository users,
      OrganisationRepository organisations,
      UserTokens tokens,
      AccountMails mails,
      PasswordEncoder passwords,
      AuditLog auditLog,
      TransactionTemplate transactions) {
    this.users = users;
    this.organisations = organisations;
    this.tokens = tokens;
    this.mails = mails;
    this.passwords = passwords;
    this.auditLog = auditLog;
    this.transactions = transactions;
  }

  @Override
  public void requestReset(String email) {
    inSystemScope(
        () -> {
          users
              .findByEmail(UserAccount.normaliseEmail(email))
              .filter(account -> account.status() == UserStatus.ACTIVE)
              .ifPresent(
                  account -> {
                    String token =
                        tokens.issue(
                            account.id(),
                            UserToken.Purpose.PASSWORD_RESET,
                            UserTokens.RESET_VALIDITY);
                    mails.passwordReset(account, token);
                    audit("identity.password.reset-requested", account);
                  });
          return null;
        });
  }

  @Override
  public void check(String token) {
    inSystemScope(() -> accountFor(token, UserToken.Purpose.PASSWORD_RESET, UserStatus.ACTIVE));
  }

  @Override
  public void reset(String token, String newPassword) {
    choosePassword(token, newPassword, UserToken.Purpose.PASSWORD_RESET, UserStatus.ACTIVE);
  }

  @Override
  public InvitationView find(String token) {
    return inSystemScope(
        () -> {
          UserAccount account = accountFor(token, UserToken.Purpose.INVITATION, UserStatus.INVITED);
          String organisation =
              organisations
                  .findById(account.organisationId())
                  .map(org -> org.view().name())
                  .orElse("");
          return new InvitationView(account.displayName(), account.email(), organisation);
        });
  }

  @Override
  public void accept(String token, String newPassword) {
    choosePassword(token, newPassword, UserToken.Purpose.INVITATION, UserStatus.INVITED);
  }

  private void choosePassword(
      String token, String newPassword, UserToken.Purpose purpose, UserStatus expected) {
    try {
      inSystemScope(
          () -> {
            UserToken link = tokens.usable(token, purpose);
            UserAccount account = accountOf(link, expected);
            PasswordPolicy.problem(newPassword, account.email())
                .ifPresent(
                    problem -> {
                      throw new PasswordRejected(problem);
                    });
            tokens.redeem(link);
            account.changePassword(passwords.encode(newPassword));
            users.saveAndFlush(account);
            audit(
                purpose == UserToken.Purpose.INVITATION
                    ? "identity.invitation.accepted"
                    : "identity.password.reset",
                account);
            return null;
          });
    } catch (OptimisticLockingFailureException concurrentChange) {
      // The same link submitted twice at once: the first request won.
      throw LinkNotValid.expired();
    }
  }

  private UserAccount accountFor(String token, UserToken.Purpose purpose, UserStatus expected) {
    return accountOf(tokens.usable(token, purpose), expected);
  }

  /** An account that was disabled, or activated some other way, since the link was sent. */
  private UserAccount accountOf(UserToken link, UserStatus expected) {
    return users
        .findById(link.userId())
        .filter(account -> account.status() == expected)
        .orElseThrow(LinkNotValid::expired);
  }

  private void audit(String action, UserAccount account) {
    auditLog.record(
        AuditRecord.of(action, AuditOutcome.SUCCESS)
            .actor(account.id(), account.email(), account.organisationId())
            .target("user", account.id()));
  }

  private <T> T inSystemScope(Supplier<T> work) {
    return TenantContext.runAsSystem(() -> transactions.execute(status -> work.get()));
  }
}
