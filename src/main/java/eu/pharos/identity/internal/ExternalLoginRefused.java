package eu.pharos.identity.internal;

import java.io.Serial;
import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The provider vouched for someone, but Pharos does not let them in; says who and why. */
final class ExternalLoginRefused extends OAuth2AuthenticationException {

  @Serial private static final long serialVersionUID = 1L;

  private final ExternalLoginRefusal reason;
  private final String provider;
  private final String actorLabel;
  private final UUID userId;
  private final UUID organisationId;
  private final String detail;

  private ExternalLoginRefused(
      ExternalLoginRefusal reason,
      String provider,
      String actorLabel,
      UUID userId,
      UUID organisationId,
      String detail) {
    super(new OAuth2Error("access_denied"), detail);
    this.reason = reason;
    this.provider = provider;
    this.actorLabel = actorLabel;
    this.userId = userId;
    this.organisationId = organisationId;
    this.detail = detail;
  }

  /** Nobody in Pharos matches the external identity. */
  static ExternalLoginRefused unknown(String provider, String actorLabel, String detail) {
    return new ExternalLoginRefused(
        ExternalLoginRefusal.UNKNOWN, provider, actorLabel, null, null, detail);
  }

  /** The external identity belongs to an account that may not sign in this way now. */
  static ExternalLoginRefused account(
      ExternalLoginRefusal reason, String provider, UserAccount account, String detail) {
    return new ExternalLoginRefused(
        reason, provider, account.email(), account.id(), account.organisationId(), detail);
  }

  /** The registration is not an OpenID Connect one, so it says nothing Pharos can match. */
  static ExternalLoginRefused notOpenIdConnect(String provider) {
    return new ExternalLoginRefused(
        ExternalLoginRefusal.FAILED,
        provider,
        null,
        null,
        null,
        "the registration does not use OpenID Connect (scope openid)");
  }

  ExternalLoginRefusal reason() {
    return reason;
  }

  String provider() {
    return provider;
  }

  String actorLabel() {
    return actorLabel;
  }

  UUID userId() {
    return userId;
  }

  UUID organisationId() {
    return organisationId;
  }

  String detail() {
    return detail;
  }
}
