package eu.pharos.identity.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Sign-in through the OpenID Connect providers registered under {@code
 * spring.security.oauth2.client.registration}. The provider proves who someone is; {@link
 * ExternalAccounts} decides whether that lets them into an existing account; on success the session
 * holds the same {@link PharosUser} as after a password sign-in. Every outcome goes to the audit
 * trail, and every refusal back to the sign-in page with a reason it can explain.
 */
final class OidcSignIn {

  private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

  private final ExternalAccounts accounts;
  private final ExternalLoginProperties properties;
  private final AuditLog auditLog;
  private final OidcUserService providerUsers = new OidcUserService();
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();
  // The same repositories that HttpSecurity uses by default for every sign-in.
  private final SecurityContextRepository contextRepository =
      new DelegatingSecurityContextRepository(
          new RequestAttributeSecurityContextRepository(),
          new HttpSessionSecurityContextRepository());
  private final RedirectStrategy redirects = new DefaultRedirectStrategy();
  private final SavedRequestAwareAuthenticationSuccessHandler continueToApp =
      new SavedRequestAwareAuthenticationSuccessHandler();

  OidcSignIn(ExternalAccounts accounts, ExternalLoginProperties properties, AuditLog auditLog) {
    this.accounts = accounts;
    this.properties = properties;
    this.auditLog = auditLog;
    continueToApp.setDefaultTargetUrl("/app");
  }

  void applyTo(HttpSecurity http) {
    http.oauth2Login(
        login ->
            login
                // Keeps the Pharos sign-in page as the entry point, even with a single provider.
                .loginPage("/login")
                .authorizedClientRepository(new NoAuthorizedClients())
                .userInfoEndpoint(
                    userInfo ->
                        userInfo.oidcUserService(this::matchAccount).userService(this::refuse))
                .successHandler(this::signedIn)
                .failureHandler(this::refused)
                .withObjectPostProcessor(
                    new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                      @Override
                      public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(
                          O filter) {
                        filter.setAuthenticationFailureHandler(OidcSignIn.this::couldNotStart);
                        return filter;
                      }
                    }));
  }

  private OidcUser matchAccount(OidcUserRequest request) {
    OidcUser identity = providerUsers.loadUser(request);
    String provider = request.getClientRegistration().getRegistrationId();
    return new MatchedOidcUser(
        identity, accounts.signIn(provider, identity, properties.provider(provider)));
  }

  /** Plain OAuth 2 says nothing verifiable about the person; Pharos needs an ID token. */
  private OAuth2User refuse(OAuth2UserRequest request) {
    throw ExternalLoginRefused.notOpenIdConnect(
        request.getClientRegistration().getRegistrationId());
  }

  private void signedIn(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
    ExternalAccounts.Match match = ((MatchedOidcUser) token.getPrincipal()).match();
    var signedIn =
        new ExternalLoginAuthentication(match.user(), token.getAuthorizedClientRegistrationId());
    signedIn.setDetails(token.getDetails());
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(signedIn);
    contexts.setContext(context);
    contextRepository.saveContext(context, request, response);
    PharosUser user = match.user();
    auditLog.record(
        AuditRecord.of("auth.oidc.success", AuditOutcome.SUCCESS)
            .actor(user.userId(), user.email(), user.organisationId())
            .detail(match.auditDetail()));
    continueToApp.onAuthenticationSuccess(request, response, signedIn);
  }

  private void refused(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    ExternalLoginRefusal reason;
    if (exception instanceof ExternalLoginRefused refused) {
      reason = refused.reason();
      auditLog.record(
          AuditRecord.of("auth.oidc.refused", AuditOutcome.FAILURE)
              .actor(refused.userId(), refused.actorLabel(), refused.organisationId())
              .detail("provider " + refused.provider() + ": " + refused.detail()));
    } else {
      reason = ExternalLoginRefusal.FAILED;
      auditLog.record(
          AuditRecord.of("auth.oidc.refused", AuditOutcome.FAILURE)
              .detail(request.getRequestURI() + ": " + errorCode(exception)));
    }
    log.info("External sign-in refused: {}", reason.code());
    redirects.sendRedirect(request, response, "/login?external=" + reason.code());
  }

  /** A made-up or removed registration id in the address: back to the sign-in page, no error. */
  private void couldNotStart(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
    log.info("Could not start an external sign-in: {}", cause.getClass().getSimpleName());
    redirects.sendRedirect(
        request, response, "/login?external=" + ExternalLoginRefusal.FAILED.code());
  }

  private static String errorCode(AuthenticationException exception) {
    return exception instanceof OAuth2AuthenticationException oauth
        ? oauth.getError().getErrorCode()
        : exception.getClass().getSimpleName();
  }

  /**
   * Pharos uses a provider only to sign in, never to call it afterwards, so the provider's tokens
   * are dropped instead of being kept in memory or in the session.
   */
  private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

    @Override
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
        String registrationId, Authentication principal, HttpServletRequest request) {
      return null;
    }

    @Override
    public void saveAuthorizedClient(
        OAuth2AuthorizedClient client,
        Authentication principal,
        HttpServletRequest request,
        HttpServletResponse response) {}

    @Override
    public void removeAuthorizedClient(
        String registrationId,
        Authentication principal,
        HttpServletRequest request,
        HttpServletResponse response) {}
  }
}
