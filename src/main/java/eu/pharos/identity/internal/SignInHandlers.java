package eu.pharos.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Decides what a correct password leads to. The form-login filter saves nothing itself (see {@link
 * SecurityConfiguration}); this class stores either the full sign-in, for accounts without a second
 * factor, or {@link SecondFactorPending}, so that a full sign-in never reaches the session before
 * the code was checked.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  static final String SECOND_FACTOR_URL = "/login/second-factor";
  static final String ENROL_URL = "/login/second-factor/enrol";

  private final SecurityContextRepository contexts;
  private final SignInAttempts attempts;
  private final PharosUserDetailsService userDetails;
  private final Clock clock;
  private final RequestCache requestCache = new HttpSessionRequestCache();
  private final SavedRequestAwareAuthenticationSuccessHandler toTarget =
      new SavedRequestAwareAuthenticationSuccessHandler();

  SignInHandlers(
      SecurityContextRepository contexts,
      SignInAttempts attempts,
      PharosUserDetailsService userDetails,
      Clock clock) {
    this.contexts = contexts;
    this.attempts = attempts;
    this.userDetails = userDetails;
    this.clock = clock;
    this.toTarget.setDefaultTargetUrl("/app");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    PharosUser user = (PharosUser) authentication.getPrincipal();
    if (user.requiresSecondFactor() || user.secondFactorEnrolled()) {
      store(
          new SecondFactorPending(user.userId(), user.email(), Instant.now(clock)),
          request,
          response);
      response.sendRedirect(
          request.getContextPath() + (user.secondFactorEnrolled() ? SECOND_FACTOR_URL : ENROL_URL));
      return;
    }
    attempts.signedIn(user.userId());
    store(authentication, request, response);
    toTarget.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    if (exception instanceof BadCredentialsException) {
      attempts.wrongPassword(request.getParameter("email"));
    }
    // Locked, disabled and unknown accounts all get the same page as a wrong password.
    response.sendRedirect(request.getContextPath() + "/login?error");
  }

  /**
   * Completes a pending sign-in after a correct code: a new session id, then the full
   * authentication with the account as it is now (it may just have enrolled).
   */
  Authentication completeSecondFactor(
      SecondFactorPending pending, HttpServletRequest request, HttpServletResponse response) {
    PharosUser user = userDetails.loadUserByUsername(pending.email());
    user.eraseCredentials();
    request.changeSessionId();
    Authentication full =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    store(full, request, response);
    return full;
  }

  /** Where a fully signed-in user was going before the sign-in page, or /app. */
  String targetUrl(HttpServletRequest request, HttpServletResponse response) {
    SavedRequest saved = requestCache.getRequest(request, response);
    requestCache.removeRequest(request, response);
    return saved == null ? "/app" : saved.getRedirectUrl();
  }

  /** Ends a pending sign-in that timed out or whose account got locked. */
  void abandon(HttpServletRequest request, HttpServletResponse response) {
    SecurityContextHolder.clearContext();
    contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
  }

  /** The pending sign-in of this request, or null; an expired one counts as none. */
  SecondFactorPending pending() {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof SecondFactorPending pending) {
      return pending;
    }
    return null;
  }

  boolean isExpired(SecondFactorPending pending) {
    return pending.isExpired(Instant.now(clock));
  }

  private void store(
      Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }
}
