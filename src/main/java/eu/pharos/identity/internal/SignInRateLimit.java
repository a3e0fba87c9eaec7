package eu.pharos.identity.internal;

import eu.pharos.platform.Languages;
import eu.pharos.platform.RateLimiter;
import eu.pharos.platform.RateLimiter.Decision;
import eu.pharos.platform.RateLimiter.Limit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * At most {@code pharos.security.login.attempts-per-minute} form posts per client address to the
 * sign-in, second-factor, password and invitation endpoints. It runs before Spring Security, so
 * that refused attempts cost no password hashing and count even without a valid CSRF token. The
 * account lockout ({@link SignInAttempts}) stops guessing at one account; this stops one client
 * from trying many.
 */
class SignInRateLimit extends OncePerRequestFilter {

  private final RateLimiter limiter;
  private final Limit limit;
  private final ViewResolver views;
  private final LocaleResolver locales;
  private final JsonMapper json;
  private final String quickExitUrl;

  SignInRateLimit(
      RateLimiter limiter,
      int attemptsPerMinute,
      ViewResolver views,
      LocaleResolver locales,
      JsonMapper json,
      String quickExitUrl) {
    this.limiter = limiter;
    this.limit = Limit.perMinute("sign-in", attemptsPerMinute);
    this.views = views;
    this.locales = locales;
    this.json = json;
    this.quickExitUrl = quickExitUrl;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.equals("/login")
        || path.startsWith("/login/second-factor")
        || path.startsWith("/password/")
        || path.startsWith("/invitation/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Decision decision = limiter.tryAcquire(limit, request.getRemoteAddr());
    if (decision.allowed()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
    if (wantsJson(request)) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.TOO_MANY_REQUESTS,
              "Too many attempts from your address. Wait "
                  + decision.retryAfterSeconds()
                  + " seconds before trying again.");
      problem.setTitle("Too many attempts");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
      return;
    }
    render(request, response, decision);
  }

  private void render(HttpServletRequest request, HttpServletResponse response, Decision decision)
      throws ServletException, IOException {
    Locale locale = locales.resolveLocale(request);
    Map<String, Object> model = new HashMap<>();
    model.put("retryAfterSeconds", decision.retryAfterSeconds());
    model.put("languages", Languages.SUPPORTED);
    model.put("quickExitUrl", quickExitUrl);
    model.put("currentPath", request.getRequestURI());
    try {
      View view = views.resolveViewName("identity/too-many-requests", locale);
      response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
      if (view != null) {
        view.render(model, request, response);
      }
    } catch (ServletException | IOException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException("Cannot render the rate-limit page", e);
    }
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null || accept.contains(MediaType.TEXT_HTML_VALUE)) {
      return false;
    }
    return accept.contains("json");
  }
}
