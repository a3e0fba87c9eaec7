package eu.pharos.identity.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What Pharos adds to each provider registered under {@code
 * spring.security.oauth2.client.registration.<id>}: {@code pharos.security.oidc.<id>.*}, keyed by
 * the same id.
 */
@ConfigurationProperties("pharos.security")
record ExternalLoginProperties(Map<String, Provider> oidc) {

  ExternalLoginProperties {
    oidc = oidc == null ? Map.of() : Map.copyOf(oidc);
  }

  Provider provider(String registrationId) {
    return oidc.getOrDefault(registrationId, Provider.DEFAULTS);
  }

  /**
   * @param label the name on the sign-in button; the registration's client-name when empty
   * @param trustMfa whether the provider's own second factor, as stated in the ID token's {@code
   *     amr} claim, counts for roles that need one
   * @param emailVerifiedClaim the boolean claim by which the provider says the e-mail address is
   *     its owner's ({@code xms_edov} for Microsoft Entra ID, which never sends {@code
   *     email_verified})
   */
  record Provider(
      String label, boolean trustMfa, @DefaultValue("email_verified") String emailVerifiedClaim) {

    static final Provider DEFAULTS = new Provider(null, false, "email_verified");

    Provider {
      if (emailVerifiedClaim == null || emailVerifiedClaim.isBlank()) {
        emailVerifiedClaim = "email_verified";
      }
    }
  }
}
