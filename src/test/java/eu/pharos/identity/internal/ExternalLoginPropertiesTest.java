package eu.pharos.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variables that docs/oidc.md gives operators really configure a provider. */
class ExternalLoginPropertiesTest {

  @Test
  void bindsEachProvidersOptionsFromEnvironmentVariables() {
    Binder environment =
        environment(
            Map.of(
                "PHAROS_SECURITY_OIDC_KEYCLOAK_LABEL", "Our Keycloak",
                "PHAROS_SECURITY_OIDC_KEYCLOAK_TRUSTMFA", "true",
                "PHAROS_SECURITY_OIDC_ENTRA_EMAILVERIFIEDCLAIM", "xms_edov"));

    ExternalLoginProperties properties =
        environment.bind("pharos.security", ExternalLoginProperties.class).get();

    assertThat(properties.provider("keycloak"))
        .isEqualTo(new ExternalLoginProperties.Provider("Our Keycloak", true, "email_verified"));
    assertThat(properties.provider("entra"))
        .isEqualTo(new ExternalLoginProperties.Provider(null, false, "xms_edov"));
    assertThat(properties.provider("unconfigured"))
        .isEqualTo(ExternalLoginProperties.Provider.DEFAULTS);
  }

  @Test
  void bindsTheRegistrationItselfFromEnvironmentVariables() {
    Binder environment =
        environment(
            Map.of(
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENTID", "pharos",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENTSECRET", "secret",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_SCOPE", "openid,email,profile",
                "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_ISSUERURI",
                    "https://sso.example.org/realms/network"));

    OAuth2ClientProperties client =
        environment.bind("spring.security.oauth2.client", OAuth2ClientProperties.class).get();

    OAuth2ClientProperties.Registration keycloak = client.getRegistration().get("keycloak");
    assertThat(keycloak.getClientId()).isEqualTo("pharos");
    assertThat(keycloak.getScope()).containsExactly("openid", "email", "profile");
    assertThat(client.getProvider().get("keycloak").getIssuerUri())
        .isEqualTo("https://sso.example.org/realms/network");
  }

  private static Binder environment(Map<String, Object> variables) {
    MutablePropertySources sources = new MutablePropertySources();
    sources.addFirst(
        new SystemEnvironmentPropertySource(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
    return new Binder(ConfigurationPropertySources.from(sources));
  }
}
