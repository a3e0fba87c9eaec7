package eu.pharos.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer pharos_…}. The authentication
 * lives for the one request: nothing goes into a session. A bearer token that does not work is
 * answered with a 401 problem at once rather than falling back to a session cookie.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

  static final String INVALID_TOKEN_TYPE = "urn:pharos:problem:invalid-token";

  /**
   * API requests with a bearer token. They need no CSRF token: a browser never adds this header on
   * its own, so a forged cross-site request cannot carry it.
   */
  static final RequestMatcher BEARER_API_REQUEST =
      request -> isApi(request) && bearerToken(request).isPresent();

  private final ApiTokenAuthenticator authenticator;
  private final JsonMapper json;
  private final MessageSource messages;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();
  private final RequestAttributeSecurityContextRepository requestScope =
      new RequestAttributeSecurityContextRepository();

  ApiTokenAuthenticationFilter(
      ApiTokenAuthenticator authenticator, JsonMapper json, MessageSource messages) {
    this.authenticator = authenticator;
    this.json = json;
    this.messages = messages;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !BEARER_API_REQUEST.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<ApiTokenAuthentication> authentication =
        bearerToken(request).flatMap(authenticator::authenticate);
    if (authentication.isEmpty()) {
      rejectToken(response);
      return;
    }
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(authentication.get());
    contexts.setContext(context);
    // Marks the sign-in as held by this request alone, so that session management does not move it
    // into an HTTP session.
    requestScope.saveContext(context, request, response);
    chain.doFilter(request, response);
  }

  private void rejectToken(HttpServletResponse response) throws IOException {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
    problem.setType(URI.create(INVALID_TOKEN_TYPE));
    problem.setTitle(
        messages.getMessage("api.problem.invalid-token.title", null, "Invalid API token", locale));
    problem.setDetail(
        messages.getMessage(
            "api.problem.invalid-token.detail",
            null,
            "The API token is unknown, expired or revoked.",
            locale));
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  private static Optional<String> bearerToken(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(7).strip());
  }
}
