package eu.pharos.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.stereotype.Component;

/**
 * What a browser meets when its session is gone or half-done.
 *
 * <p>A session that expired after {@code pharos.security.idle-timeout} sends staff pages to {@code
 * /login?expired}, which says why. Public pages are not sent to the staff sign-in: a victim whose
 * tab sat idle just gets the page again with a fresh session.
 *
 * <p>Someone between password and code who opens a staff page is sent back to the code page, or to
 * the sign-in page once the five minutes for the code are over.
 */
@Component
class SessionExpiry implements InvalidSessionStrategy, AccessDeniedHandler {

  static final String API_FORBIDDEN =
      "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"This request is not allowed."
          + " Requests signed in with a session cookie need a CSRF token; API clients send an API"
          + " token instead.\"}";

  private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
  private final Clock clock;
  private final String cookieName;

  SessionExpiry(
      Clock clock, @Value("${server.servlet.session.cookie.name:JSESSIONID}") String cookieName) {
    this.clock = clock;
    this.cookieName = cookieName;
  }

  String cookieName() {
    return cookieName;
  }

  @Override
  public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (isCalledByScripts(path)) {
      // An API call with a stale or missing session cannot be repeated by a redirect: it gets
      // the same 403 problem as any request without a CSRF token.
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/problem+json");
      response.getWriter().write(API_FORBIDDEN);
      return;
    }
    if (isStaffPage(path)) {
      response.sendRedirect(request.getContextPath() + "/login?expired");
      return;
    }
    request.getSession(true);
    String query = request.getQueryString();
    boolean repeatable = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    response.sendRedirect(
        request.getRequestURI() + (repeatable && query != null ? "?" + query : ""));
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    if (SecurityContextHolder.getContext().getAuthentication()
            instanceof SecondFactorPending pending
        && !isCalledByScripts(
            request.getRequestURI().substring(request.getContextPath().length()))) {
      response.sendRedirect(
          request.getContextPath()
              + (pending.isExpired(Instant.now(clock))
                  ? "/login?timeout"
                  : SignInHandlers.SECOND_FACTOR_URL));
      return;
    }
    forbidden.handle(request, response, denied);
  }

  /** The API and the chat's live endpoints, whose callers cannot follow a redirect to a page. */
  static boolean isCalledByScripts(String path) {
    return path.startsWith("/api/")
        || path.startsWith("/chat/live/")
        || path.startsWith("/app/chat/live/");
  }

  private static boolean isStaffPage(String path) {
    return path.equals("/app")
        || path.startsWith("/app/")
        || path.startsWith("/login")
        || path.equals("/logout");
  }
}
