package eu.pharos.identity;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.audit.AuditEntryView;
import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through an external OpenID Connect provider, end to end: a real authorization server
 * ({@link TestIdentityProvider}) and Pharos on real ports, driven over HTTP by a client that keeps
 * cookies and follows each redirect by hand, as a browser would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OidcLoginTest {

  static ConfigurableApplicationContext provider;

  @DynamicPropertySource
  static void registerTheProvider(DynamicPropertyRegistry registry) {
    // Pharos reads the provider's metadata while it starts, so the provider goes first.
    if (provider == null) {
      provider = TestIdentityProvider.start();
    }
    String issuer = TestIdentityProvider.issuer(provider);
    registry.add("spring.security.oauth2.client.provider.testidp.issuer-uri", () -> issuer);
    for (String id : TestIdentityProvider.REGISTRATIONS) {
      String registration = "spring.security.oauth2.client.registration." + id + ".";
      registry.add(registration + "provider", () -> "testidp");
      registry.add(registration + "client-id", () -> TestIdentityProvider.CLIENT_ID);
      registry.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
      registry.add(registration + "scope", () -> "openid,email,profile");
    }
    registry.add("pharos.security.oidc.testidp.label", () -> "Test provider");
    registry.add(
        "spring.security.oauth2.client.registration.testidp-mfa.client-name",
        () -> "Test provider with MFA");
    registry.add("pharos.security.oidc.testidp-mfa.trust-mfa", () -> "true");
    registry.add(
        "spring.security.oauth2.client.registration.testidp-entra.client-name", () -> "Test Entra");
    registry.add("pharos.security.oidc.testidp-entra.email-verified-claim", () -> "xms_edov");
  }

  @AfterAll
  static void stopTheProvider() {
    if (provider != null) {
      provider.close();
      provider = null;
    }
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext pharos;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditLog auditLog;

  @Test
  void signsAnExistingAccountInByItsVerifiedEmailAndLinksIt() throws Exception {
    Browser browser = new Browser();

    HttpResponse<String> back =
        browser.get(signInAtProvider(browser, "testidp", "secretariat@pharos.test"));

    assertThat(back.statusCode()).isEqualTo(302);
    assertThat(location(back)).endsWith("/app");
    HttpResponse<String> dashboard = browser.get(pharos("/app"));
    assertThat(dashboard.statusCode()).isEqualTo(200);
    // The dashboard reads the roles from the PharosUser principal, as after a password sign-in.
    assertThat(dashboard.body()).contains("Welcome, Sam Secretariat", "Network secretariat");
    HttpResponse<String> account = browser.get(pharos("/app/account"));
    assertThat(account.statusCode()).isEqualTo(200);
    assertThat(account.body()).contains("Victim Support Europe (secretariat)");
    assertThat(linksOf("secretariat@pharos.test", "testidp")).isEqualTo(1);
    assertThat(latestAudit("auth.oidc.success", "secretariat@pharos.test"))
        .extracting(AuditEntryView::outcome)
        .isEqualTo(AuditOutcome.SUCCESS);
  }

  @Test
  void findsTheAccountThroughItsLinkAfterTheProviderChangesTheEmail() throws Exception {
    TestIdentityProvider.People people = provider.getBean(TestIdentityProvider.People.class);
    Map<String, Object> original = people.of("trainer@pharos.test");
    Browser first = new Browser();
    first.get(signInAtProvider(first, "testidp", "trainer@pharos.test"));
    assertThat(first.get(pharos("/app")).body()).contains("Welcome, Tomás Trainer");

    Map<String, Object> moved = new LinkedHashMap<>(original);
    moved.put("email", "tomas@elsewhere.example");
    people.change("trainer@pharos.test", moved);
    try {
      Browser later = new Browser();
      HttpResponse<String> back =
          later.get(signInAtProvider(later, "testidp", "trainer@pharos.test"));

      assertThat(location(back)).endsWith("/app");
      assertThat(later.get(pharos("/app")).body()).contains("Welcome, Tomás Trainer");
    } finally {
      people.change("trainer@pharos.test", original);
    }
  }

  @Test
  void refusesSomeoneWithoutAPharosAccount() throws Exception {
    Browser browser = new Browser();

    HttpResponse<String> back =
        browser.get(signInAtProvider(browser, "testidp", "stranger@example.org"));

    assertRefused(browser, back, "unknown", "There is no Pharos account for the e-mail address");
    assertThat(latestAudit("auth.oidc.refused", "stranger@example.org").detail())
        .contains("no account");
  }

  @Test
  void refusesAnAddressTheProviderDidNotVerifyUnlessTheConfiguredClaimVouchesForIt()
      throws Exception {
    Browser plain = new Browser();
    HttpResponse<String> refused =
        plain.get(signInAtProvider(plain, "testidp", "evaluator@pharos.test"));
    assertRefused(plain, refused, "unknown", "There is no Pharos account");
    assertThat(linksOf("evaluator@pharos.test", "testidp")).isZero();

    Browser entra = new Browser();
    HttpResponse<String> accepted =
        entra.get(signInAtProvider(entra, "testidp-entra", "evaluator@pharos.test"));
    assertThat(location(accepted)).endsWith("/app");
    assertThat(entra.get(pharos("/app")).body()).contains("Welcome, Eva Evaluator");
  }

  @Test
  void refusesARoleThatNeedsASecondFactorUnlessATrustedProviderConfirmedOne() throws Exception {
    Browser untrusted = new Browser();
    HttpResponse<String> withoutTrust =
        untrusted.get(signInAtProvider(untrusted, "testidp", "advisor.apav@pharos.test"));
    assertRefused(
        untrusted, withoutTrust, "second-factor-required", "Your role needs a second factor");
    assertThat(latestAudit("auth.oidc.refused", "advisor.apav@pharos.test").detail())
        .contains("second factor required");

    Browser passwordOnly = new Browser();
    HttpResponse<String> trustedButNoMfa =
        passwordOnly.get(
            signInAtProvider(passwordOnly, "testidp-mfa", "supervisor.apav@pharos.test"));
    assertRefused(passwordOnly, trustedButNoMfa, "second-factor-required", "second factor");

    Browser trusted = new Browser();
    HttpResponse<String> withMfa =
        trusted.get(signInAtProvider(trusted, "testidp-mfa", "advisor.apav@pharos.test"));
    assertThat(location(withMfa)).endsWith("/app");
    assertThat(trusted.get(pharos("/app")).body()).contains("Welcome, Alex Advisor (APAV)");
    assertThat(latestAudit("auth.oidc.success", "advisor.apav@pharos.test").detail())
        .contains("second factor by the provider");
  }

  @Test
  void refusesADisabledAccount() throws Exception {
    jdbc.update(
        "update identity_user set status = 'DISABLED' where email = 'member.fv@pharos.test'");
    try {
      Browser browser = new Browser();
      HttpResponse<String> back =
          browser.get(signInAtProvider(browser, "testidp", "member.fv@pharos.test"));

      assertRefused(browser, back, "inactive", "Your Pharos account is not active");
      assertThat(linksOf("member.fv@pharos.test", "testidp")).isZero();
    } finally {
      jdbc.update(
          "update identity_user set status = 'ACTIVE' where email = 'member.fv@pharos.test'");
    }
  }

  @Test
  void rejectsATamperedStateWithAMessageNotAnError() throws Exception {
    Browser browser = new Browser();
    String callback = signInAtProvider(browser, "testidp", "secretariat@pharos.test");

    HttpResponse<String> back = browser.get(callback.replaceFirst("state=[^&]+", "state=tampered"));

    assertRefused(browser, back, "failed", "Signing in through your provider did not work");
  }

  @Test
  void aCancelledOrBrokenAnswerFromTheProviderLeadsBackToTheSignInPage() throws Exception {
    Browser browser = new Browser();
    String callback = signInAtProvider(browser, "testidp", "secretariat@pharos.test");
    String state = callback.replaceFirst(".*[?&]state=([^&]+).*", "$1");

    HttpResponse<String> cancelled =
        browser.get(pharos("/login/oauth2/code/testidp?error=access_denied&state=" + state));
    assertRefused(browser, cancelled, "failed", "did not work");

    HttpResponse<String> empty = browser.get(pharos("/login/oauth2/code/testidp"));
    assertThat(location(empty)).endsWith("/login?external=failed");
    HttpResponse<String> unknownProvider = browser.get(pharos("/oauth2/authorization/nobody"));
    assertThat(location(unknownProvider)).endsWith("/login?external=failed");
    HttpResponse<String> madeUpReason = browser.get(pharos("/login?external=%3Cscript%3E"));
    assertThat(madeUpReason.statusCode()).isEqualTo(200);
    assertThat(madeUpReason.body()).contains("did not work").doesNotContain("<script>");
  }

  @Test
  void theSignInPageOffersEachProviderAndStaysTheEntryPoint() throws Exception {
    Browser browser = new Browser();

    HttpResponse<String> login = browser.get(pharos("/login"));

    assertThat(login.body())
        .contains(
            "Sign in with Test provider<",
            "Sign in with Test provider with MFA<",
            "Sign in with Test Entra<",
            "href=\"/oauth2/authorization/testidp\"");
    HttpResponse<String> staffArea = browser.get(pharos("/app"));
    assertThat(staffArea.statusCode()).isEqualTo(302);
    assertThat(location(staffArea)).endsWith("/login");
  }

  @Test
  void bothApplicationsRunWithOnlyTheirOwnSecurity() {
    assertThat(pharos.getBeansOfType(SecurityFilterChain.class)).hasSize(1);
    assertThat(pharos.getBeanNamesForType(RegisteredClientRepository.class)).isEmpty();
    assertThat(pharos.getBeanNamesForType(AuthorizationServerSettings.class)).isEmpty();
    assertThat(provider.getBeanNamesForType(RegisteredClientRepository.class)).hasSize(1);
    assertThat(provider.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();
  }

  /**
   * Starts at Pharos, signs in at the provider's own form, and returns the address the provider
   * sends the browser back to (Pharos's callback with code and state), not yet followed.
   */
  private String signInAtProvider(Browser browser, String registration, String userName)
      throws Exception {
    HttpResponse<String> toProvider = browser.get(pharos("/oauth2/authorization/" + registration));
    assertThat(toProvider.statusCode()).isEqualTo(302);
    HttpResponse<String> toLogin = browser.get(location(toProvider));
    assertThat(toLogin.statusCode()).isEqualTo(302);
    HttpResponse<String> loginPage = browser.get(location(toLogin));
    assertThat(loginPage.statusCode()).isEqualTo(200);
    Matcher csrf =
        Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"")
            .matcher(loginPage.body());
    assertThat(csrf.find()).as("CSRF field on the provider's sign-in form").isTrue();
    HttpResponse<String> signedIn =
        browser.post(
            location(toLogin),
            Map.of(
                "username",
                userName,
                "password",
                TestIdentityProvider.PASSWORD,
                "_csrf",
                csrf.group(1)));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    HttpResponse<String> back = browser.get(location(signedIn));
    assertThat(back.statusCode()).isEqualTo(302);
    String callback = location(back);
    assertThat(callback).startsWith(pharos("/login/oauth2/code/" + registration + "?"));
    return callback;
  }

  private void assertRefused(
      Browser browser, HttpResponse<String> back, String reason, String message) throws Exception {
    assertThat(back.statusCode()).isEqualTo(302);
    assertThat(location(back)).endsWith("/login?external=" + reason);
    HttpResponse<String> page = browser.get(location(back));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(message);
    HttpResponse<String> staffArea = browser.get(pharos("/app"));
    assertThat(staffArea.statusCode()).as("not signed in").isEqualTo(302);
  }

  private int linksOf(String email, String provider) {
    return jdbc.queryForObject(
        "select count(*) from identity_external_login l join identity_user u on u.id = l.user_id"
            + " where u.email = ? and l.provider = ?",
        Integer.class,
        email,
        provider);
  }

  private AuditEntryView latestAudit(String action, String actor) {
    List<AuditEntryView> entries = auditLog.latest(null, 200);
    return entries.stream()
        .filter(entry -> entry.action().equals(action) && actor.equals(entry.actorLabel()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + action + " for " + actor));
  }

  private String pharos(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private static String location(HttpResponse<?> response) {
    String location = response.headers().firstValue("Location").orElseThrow();
    return response.uri().resolve(location).toString();
  }

  /** Keeps cookies per host, sends what a browser sends, and never follows a redirect itself. */
  static final class Browser {

    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
      return http.send(
          HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, Map<String, String> form)
        throws IOException, InterruptedException {
      String body =
          form.entrySet().stream()
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      return http.send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Accept", "text/html")
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}
