package eu.pharos.identity.internal;

import eu.pharos.identity.LinkNotValid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Issues and redeems the single-use links of password resets and invitations. */
@Component
class UserTokens {

  static final Duration RESET_VALIDITY = Duration.ofMinutes(60);
  static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

  /** 32 random bytes in URL-safe Base64, without padding. */
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final UserTokenRepository tokens;
  private final Clock clock;

  UserTokens(UserTokenRepository tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** A new link for the account; the returned value goes into the e-mail and nowhere else. */
  String issue(UUID userId, UserToken.Purpose purpose, Duration validity) {
    String token = Secrets.randomUrlSafe(32);
    Instant now = Instant.now(clock);
    tokens.save(new UserToken(userId, purpose, token, now, now.plus(validity)));
    return token;
  }

  /**
   * The usable link for {@code token}, within the caller's transaction.
   *
   * @throws LinkNotValid when it is malformed, unknown, for another purpose, expired or used
   */
  UserToken usable(String token, UserToken.Purpose purpose) {
    if (token == null || !FORMAT.matcher(token).matches()) {
      throw LinkNotValid.unknown();
    }
    UserToken found =
        tokens
            .findByTokenHash(UserToken.hash(token))
            .filter(t -> t.purpose() == purpose)
            .orElseThrow(LinkNotValid::unknown);
    if (!found.isUsable(Instant.now(clock))) {
      throw LinkNotValid.expired();
    }
    return found;
  }

  /**
   * Uses the link and ends every other outstanding link of its account.
   *
   * @throws LinkNotValid when a concurrent request used it first
   */
  void redeem(UserToken token) {
    Instant now = Instant.now(clock);
    if (tokens.use(token.id(), now) != 1) {
      throw LinkNotValid.expired();
    }
    tokens.useAllOf(token.userId(), now);
  }

  /** Ends the account's outstanding links, such as before sending a new invitation. */
  void withdrawAll(UUID userId) {
    tokens.useAllOf(userId, Instant.now(clock));
  }
}
