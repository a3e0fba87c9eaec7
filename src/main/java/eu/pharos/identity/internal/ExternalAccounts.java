package eu.pharos.identity.internal;

import eu.pharos.identity.UserStatus;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides which Pharos account an identity at an external provider signs in to. Only existing,
 * active accounts: the organisation's administrator invites people, a provider never creates them.
 * An identity is matched by its stored link first, else by the e-mail address when the provider
 * says it verified it; a match by e-mail stores the link for next time.
 */
@Service
class ExternalAccounts {

  /** {@code amr} values (RFC 8176) that mean more than one factor was used. */
  static final Set<String> MULTI_FACTOR_METHODS = Set.of("mfa", "otp", "hwk");

  /** The account to sign in to, and how it was found, for the audit trail. */
  record Match(PharosUser user, String auditDetail) {}

  private final UserAccountRepository users;
  private final ExternalLoginRepository links;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ExternalAccounts(
      UserAccountRepository users,
      ExternalLoginRepository links,
      TransactionTemplate transactions,
      Clock clock) {
    this.users = users;
    this.links = links;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * @throws ExternalLoginRefused when nobody matches or the account may not sign in this way
   */
  Match signIn(String provider, OidcUser identity, ExternalLoginProperties.Provider options) {
    return TenantContext.runAsSystem(
        () -> transactions.execute(status -> match(provider, identity, options)));
  }

  private Match match(
      String provider, OidcUser identity, ExternalLoginProperties.Provider options) {
    Instant now = Instant.now(clock);
    String subject = identity.getSubject();
    Optional<ExternalLogin> link = links.findByProviderAndSubject(provider, subject);
    UserAccount account =
        link.flatMap(found -> users.findById(found.userId()))
            .or(() -> verifiedEmail(identity, options).flatMap(users::findByEmail))
            .orElseThrow(() -> unknown(provider, identity, options));

    if (account.status() != UserStatus.ACTIVE) {
      throw ExternalLoginRefused.account(
          ExternalLoginRefusal.INACTIVE, provider, account, "account " + account.status());
    }
    if (account.isLocked(now)) {
      throw ExternalLoginRefused.account(
          ExternalLoginRefusal.LOCKED, provider, account, "account locked");
    }
    boolean providerMfa = options.trustMfa() && multiFactor(identity);
    if (account.requiresSecondFactor() && !providerMfa) {
      throw ExternalLoginRefused.account(
          ExternalLoginRefusal.SECOND_FACTOR_REQUIRED,
          provider,
          account,
          options.trustMfa()
              ? "second factor required; amr " + identity.getIdToken().getAuthenticationMethods()
              : "second factor required; provider's MFA not trusted");
    }

    StringBuilder detail = new StringBuilder("provider ").append(provider);
    if (link.isPresent()) {
      detail.append(", by stored link");
    } else {
      links.save(ExternalLogin.link(account.id(), provider, subject, now));
      detail.append(", by verified e-mail; linked now");
    }
    if (account.requiresSecondFactor()) {
      detail.append(", second factor by the provider");
    }
    account.recordSuccessfulLogin(now);
    PharosUser user = new PharosUser(account, false);
    // As after a password sign-in, the session never holds the password hash.
    user.eraseCredentials();
    return new Match(user, detail.toString());
  }

  private static Optional<String> verifiedEmail(
      OidcUser identity, ExternalLoginProperties.Provider options) {
    String email = UserAccount.normaliseEmail(identity.getEmail());
    if (email.isEmpty() || !verified(identity, options)) {
      return Optional.empty();
    }
    return Optional.of(email);
  }

  /** Some providers send the flag as a string; anything but true means not verified. */
  private static boolean verified(OidcUser identity, ExternalLoginProperties.Provider options) {
    Object claim = identity.getClaims().get(options.emailVerifiedClaim());
    return Boolean.TRUE.equals(claim) || "true".equals(claim);
  }

  private static boolean multiFactor(OidcUser identity) {
    List<String> methods = identity.getIdToken().getAuthenticationMethods();
    return methods != null && methods.stream().anyMatch(MULTI_FACTOR_METHODS::contains);
  }

  private static ExternalLoginRefused unknown(
      String provider, OidcUser identity, ExternalLoginProperties.Provider options) {
    String email = UserAccount.normaliseEmail(identity.getEmail());
    if (email.isEmpty()) {
      return ExternalLoginRefused.unknown(
          provider, identity.getSubject() + "@" + provider, "no e-mail claim, no link");
    }
    if (!verified(identity, options)) {
      return ExternalLoginRefused.unknown(
          provider, email, "e-mail not verified (" + options.emailVerifiedClaim() + "), no link");
    }
    return ExternalLoginRefused.unknown(provider, email, "no account with this e-mail, no link");
  }
}
