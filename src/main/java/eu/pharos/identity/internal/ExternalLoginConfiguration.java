package eu.pharos.identity.internal;

import eu.pharos.audit.AuditLog;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/**
 * Turns on sign-in through external OpenID Connect providers when at least one is registered under
 * {@code spring.security.oauth2.client.registration}; without one, none of this exists and the
 * sign-in page offers the password only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnOAuth2ClientRegistrationProperties
@EnableConfigurationProperties(ExternalLoginProperties.class)
class ExternalLoginConfiguration {

  @Bean
  OidcSignIn oidcSignIn(
      ExternalAccounts accounts, ExternalLoginProperties properties, AuditLog auditLog) {
    return new OidcSignIn(accounts, properties, auditLog);
  }

  @Bean
  ExternalProviders externalProviders(
      ClientRegistrationRepository registrations, ExternalLoginProperties properties) {
    List<ExternalProviders.Provider> providers = new ArrayList<>();
    if (registrations instanceof Iterable<?> all) {
      for (Object each : all) {
        if (each instanceof ClientRegistration registration && signsInPeople(registration)) {
          String label = properties.provider(registration.getRegistrationId()).label();
          providers.add(
              new ExternalProviders.Provider(
                  registration.getRegistrationId(),
                  label == null || label.isBlank() ? registration.getClientName() : label));
        }
      }
    }
    return new ExternalProviders(providers);
  }

  /** Registrations for calling other services (client credentials) get no sign-in button. */
  private static boolean signsInPeople(ClientRegistration registration) {
    return AuthorizationGrantType.AUTHORIZATION_CODE.equals(
            registration.getAuthorizationGrantType())
        && registration.getScopes().contains(OidcScopes.OPENID);
  }
}
