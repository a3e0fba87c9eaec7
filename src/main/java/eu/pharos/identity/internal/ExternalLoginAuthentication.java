package eu.pharos.identity.internal;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A sign-in through an external OpenID Connect provider. Its principal is the same {@link
 * PharosUser} that a password sign-in holds, so tenancy and every access rule work alike; only the
 * factor authority differs ({@code FACTOR_AUTHORIZATION_CODE} instead of {@code FACTOR_PASSWORD}).
 */
final class ExternalLoginAuthentication extends AbstractAuthenticationToken {

  @Serial private static final long serialVersionUID = 1L;

  private final PharosUser user;
  private final String provider;

  ExternalLoginAuthentication(PharosUser user, String provider) {
    super(authorities(user));
    this.user = user;
    this.provider = provider;
    setAuthenticated(true);
  }

  private static List<GrantedAuthority> authorities(PharosUser user) {
    List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
    authorities.add(
        FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
    return authorities;
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public PharosUser getPrincipal() {
    return user;
  }

  /** The registration id of the provider that vouched for the user. */
  String provider() {
    return provider;
  }
}
