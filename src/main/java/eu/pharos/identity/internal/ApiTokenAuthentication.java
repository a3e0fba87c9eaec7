package eu.pharos.identity.internal;

import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal API token: the token's owner with the same authorities as
 * after a full sign-in. Lives for one request and is never stored in a session.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

  private final PharosUser user;
  private final UUID tokenId;

  ApiTokenAuthentication(PharosUser user, UUID tokenId) {
    super(user.getAuthorities());
    this.user = user;
    this.tokenId = tokenId;
    setAuthenticated(true);
  }

  @Override
  public PharosUser getPrincipal() {
    return user;
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  UUID tokenId() {
    return tokenId;
  }
}
