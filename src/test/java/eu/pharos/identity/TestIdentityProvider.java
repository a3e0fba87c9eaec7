package eu.pharos.identity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider (Spring Authorization Server) for sign-in tests, started as its
 * own application in the test JVM. It has no database: the test database settings that every
 * context in the JVM receives (see {@code TestDatabase}) are ignored because the data source, JPA
 * Flyway and event publication auto-configurations are off here. It reads none of Pharos's
 * configuration files, so it keeps its own session cookie, and it listens on {@code localhost}
 * while Pharos is reached on {@code 127.0.0.1}, so a cookie-keeping client holds two separate
 * sessions.
 *
 * <p>Its people sign in with their e-mail address as user name and {@link #PASSWORD}. The claims of
 * each person's ID token come from {@link People}, which a test may change while it runs.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(
    excludeName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
      "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
      "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
      "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
      "org.springframework.modulith.events.jpa.JpaEventPublicationAutoConfiguration"
    })
public class TestIdentityProvider {

  public static final String CLIENT_ID = "pharos";
  public static final String CLIENT_SECRET = "pharos-at-the-test-provider";
  public static final String PASSWORD = "provider-password";

  /** The registration ids under which Pharos knows this provider in the tests. */
  public static final List<String> REGISTRATIONS =
      List.of("testidp", "testidp-mfa", "testidp-entra");

  /** Starts the provider on a free port; the caller closes it. */
  public static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(TestIdentityProvider.class)
        .web(WebApplicationType.SERVLET)
        .run(
            "--spring.config.name=test-identity-provider",
            "--spring.application.name=test-identity-provider",
            "--spring.main.banner-mode=off",
            "--server.port=0");
  }

  /** The issuer as Pharos sees it. */
  public static String issuer(ConfigurableApplicationContext provider) {
    return "http://localhost:" + provider.getEnvironment().getProperty("local.server.port");
  }

  /** The ID token claims of each person, by user name; tests may change them. */
  public static final class People {

    private final Map<String, Map<String, Object>> claims = new ConcurrentHashMap<>();

    People() {
      verified("secretariat@pharos.test", "pwd");
      verified("trainer@pharos.test", "pwd");
      verified("stranger@example.org", "pwd");
      verified("member.fv@pharos.test", "pwd");
      verified("advisor.apav@pharos.test", "pwd", "mfa");
      verified("supervisor.apav@pharos.test", "pwd");
      // Like Microsoft Entra ID: no email_verified, but the domain owner vouches (xms_edov).
      claims.put(
          "evaluator@pharos.test",
          Map.of(
              "email",
              "evaluator@pharos.test",
              "email_verified",
              false,
              "xms_edov",
              true,
              "amr",
              List.of("pwd")));
    }

    private void verified(String email, String... amr) {
      claims.put(email, Map.of("email", email, "email_verified", true, "amr", List.of(amr)));
    }

    public Map<String, Object> of(String userName) {
      return claims.get(userName);
    }

    public void change(String userName, Map<String, Object> newClaims) {
      claims.put(userName, Map.copyOf(newClaims));
    }

    List<String> userNames() {
      return List.copyOf(claims.keySet());
    }
  }

  @Bean
  People people() {
    return new People();
  }

  @Bean
  UserDetailsService providerUsers(People people) {
    List<UserDetails> users =
        people.userNames().stream()
            .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).build())
            .toList();
    return new InMemoryUserDetailsManager(users);
  }

  /**
   * Pharos's random port is known only after it starts, which is after this provider: the loopback
   * rule of OAuth 2.1 (section 8.4.2) lets a redirect to 127.0.0.1 use any port.
   */
  @Bean
  RegisteredClientRepository registeredClients() {
    RegisteredClient.Builder pharos =
        RegisteredClient.withId(CLIENT_ID)
            .clientId(CLIENT_ID)
            .clientSecret("{noop}" + CLIENT_SECRET)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.EMAIL)
            .scope(OidcScopes.PROFILE)
            .clientSettings(
                ClientSettings.builder()
                    .requireAuthorizationConsent(false)
                    .requireProofKey(true)
                    .build());
    REGISTRATIONS.forEach(id -> pharos.redirectUri("http://127.0.0.1/login/oauth2/code/" + id));
    return new InMemoryRegisteredClientRepository(pharos.build());
  }

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> personClaims(People people) {
    return context -> {
      if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
        Map<String, Object> claims = people.of(context.getPrincipal().getName());
        if (claims != null) {
          context.getClaims().claims(all -> all.putAll(claims));
        }
      }
    };
  }
}
