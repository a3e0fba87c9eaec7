package eu.pharos.identity.internal;

import java.io.Serial;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The provider's user together with the Pharos account it matched. Lives only for the instant
 * between the token exchange and the success handler, which replaces it with the Pharos principal.
 */
final class MatchedOidcUser extends DefaultOidcUser {

  @Serial private static final long serialVersionUID = 1L;

  private final ExternalAccounts.Match match;

  MatchedOidcUser(OidcUser identity, ExternalAccounts.Match match) {
    super(identity.getAuthorities(), identity.getIdToken(), identity.getUserInfo());
    this.match = match;
  }

  ExternalAccounts.Match match() {
    return match;
  }
}
