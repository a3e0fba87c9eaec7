package eu.pharos.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The state between a correct password and the second factor. Its principal is deliberately not a
 * {@link eu.pharos.shared.StaffUser}: tenancy sees nobody, and its one authority opens nothing but
 * the second-factor pages.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

  @Serial private static final long serialVersionUID = 1L;

  static final String AUTHORITY = "SECOND_FACTOR_PENDING";

  /** How long someone may take between the password and the code. */
  static final Duration TIMEOUT = Duration.ofMinutes(5);

  /** Who typed the right password, and when. */
  record Principal(UUID userId, String email, Instant passwordAt) implements Serializable {

    @Serial private static final long serialVersionUID = 1L;
  }

  private final Principal principal;

  SecondFactorPending(UUID userId, String email, Instant passwordAt) {
    super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
    this.principal = new Principal(userId, email, passwordAt);
    setAuthenticated(true);
  }

  UUID userId() {
    return principal.userId();
  }

  String email() {
    return principal.email();
  }

  boolean isExpired(Instant now) {
    return !principal.passwordAt().plus(TIMEOUT).isAfter(now);
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public Principal getPrincipal() {
    return principal;
  }

  @Override
  public String getName() {
    return principal.email();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SecondFactorPending that && that.principal.equals(principal);
  }

  @Override
  public int hashCode() {
    return principal.hashCode();
  }
}
