package eu.pharos.identity.internal;

import eu.pharos.identity.UserStatus;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a presented token into its owner. Unknown, expired and revoked tokens, and tokens of users
 * who are not active, all fail alike, so a caller learns nothing about which it was.
 */
@Service
class ApiTokenAuthenticator {

  /** A busy client updates "last used" at most this often. */
  static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

  private final ApiTokenRepository tokens;
  private final UserAccountRepository users;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ApiTokenAuthenticator(
      ApiTokenRepository tokens,
      UserAccountRepository users,
      TransactionTemplate transactions,
      Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.transactions = transactions;
    this.clock = clock;
  }

  Optional<ApiTokenAuthentication> authenticate(String presented) {
    if (!ApiToken.looksLikeToken(presented)) {
      return Optional.empty();
    }
    String hash = ApiToken.hash(presented);
    Instant now = Instant.now(clock);
    // The token's organisation is not known until it is found, so the lookup sees all of them.
    return TenantContext.runAsSystem(
        () ->
            transactions.execute(
                status ->
                    tokens
                        .findByTokenHash(hash)
                        .filter(token -> token.isUsable(now))
                        .flatMap(
                            token ->
                                users
                                    .findById(token.userId())
                                    .filter(user -> user.status() == UserStatus.ACTIVE)
                                    .map(
                                        user -> {
                                          Instant notBefore = now.minus(USE_RECORDING_INTERVAL);
                                          if (token.lastUsedBefore(notBefore)) {
                                            tokens.recordUse(token.id(), now, notBefore);
                                          }
                                          return new ApiTokenAuthentication(
                                              new PharosUser(user, false), token.id());
                                        }))));
  }
}
