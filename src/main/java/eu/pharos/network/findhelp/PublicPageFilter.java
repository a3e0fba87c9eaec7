package eu.pharos.network.findhelp;

import eu.pharos.platform.Languages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public pages of the network ({@code /find-help}, {@code /organisations/**} and {@code
 * /countries/**}) for anonymous visitors: they set no cookie, and their GET answers are rendered
 * once and then served from memory ({@link PublicPageCache}) with {@code Cache-Control: public}, a
 * strong {@code ETag} answered with 304, and {@code Vary} on what chose the page's language, so
 * that a reverse proxy or CDN in front can serve them too.
 *
 * <p>It runs before the security filter chain. A page is rendered the first time through the whole
 * application, security included, and the headers written then (Content-Security-Policy,
 * X-Frame-Options, Referrer-Policy …) are kept with its bytes and sent again with every copy: a
 * cached answer is the same answer, only faster. What could make the answer depend on who asks is
 * kept out: a request that carries a session cookie or an Authorization header (a signed-in staff
 * member) goes the ordinary way and is neither served from the cache nor stored in it; a page that
 * created a session, answered anything but 200, or asked not to be kept ({@link CacheHints}) is not
 * stored.
 *
 * <p>Cookies are dropped from every answer of these paths, also for POSTs and uncached pages: the
 * language a visitor picks with {@code ?lang=} applies to that page (links between public pages
 * carry it on), and nothing is stored in the visitor's browser.
 */
class PublicPageFilter extends OncePerRequestFilter {

  static final String LANGUAGE_COOKIE = "PHAROS_LANG";
  private static final int MAX_QUERY = 512;
  private static final Set<String> NOT_KEPT =
      Set.of(
          "content-length",
          "content-type",
          "date",
          "transfer-encoding",
          "set-cookie",
          "cache-control",
          "pragma",
          "expires",
          "etag",
          "vary");

  private final PublicPageCache cache;
  private final VisitorCountry visitorCountry;
  private final String sessionCookie;
  private final Duration maxAge;
  private final Duration defaultLifetime;

  PublicPageFilter(
      PublicPageCache cache,
      VisitorCountry visitorCountry,
      String sessionCookie,
      Duration maxAge,
      Duration defaultLifetime) {
    this.cache = cache;
    this.visitorCountry = visitorCountry;
    this.sessionCookie = sessionCookie;
    this.maxAge = maxAge;
    this.defaultLifetime = defaultLifetime;
  }

  static boolean isPublicPage(String path) {
    return path.equals("/find-help")
        || path.startsWith("/find-help/")
        || path.startsWith("/organisations/")
        || path.equals("/countries")
        || path.startsWith("/countries/");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.indexOf(';') >= 0 || !isPublicPage(path) || signedIn(request);
  }

  private boolean signedIn(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return true;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (sessionCookie.equals(cookie.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    boolean get = "GET".equals(method);
    boolean head = "HEAD".equals(method);
    String key = (get || head) ? keyOf(request) : null;
    if (key != null) {
      PublicPageCache.Page page = cache.find(key);
      if (page != null) {
        send(page, request, response, true);
        return;
      }
    }
    long revision = cache.revision();
    Instant renderedAt = cache.now();
    NoCookies capture = new NoCookies(response);
    chain.doFilter(request, capture);

    boolean keep =
        get
            && key != null
            && capture.getStatus() == HttpServletResponse.SC_OK
            && capture.getContentType() != null
            && capture.getContentType().startsWith("text/html")
            && CacheHints.cacheAllowed(request)
            && request.getSession(false) == null;
    if (!keep) {
      capture.restoreHeldHeaders();
      capture.copyBodyToResponse();
      return;
    }
    byte[] body = capture.getContentAsByteArray();
    String contentType = capture.getContentType();
    Instant until = CacheHints.validUntil(request);
    Instant latest = renderedAt.plus(until == null ? defaultLifetime : Duration.ofDays(1));
    Instant expiresAt = until == null || until.isAfter(latest) ? latest : until;
    List<Map.Entry<String, List<String>>> headers = new ArrayList<>();
    for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
      if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
        headers.add(Map.entry(name, List.copyOf(response.getHeaders(name))));
      }
    }
    PublicPageCache.Page page =
        cache.keep(
            key,
            new PublicPageCache.Page(
                body,
                contentType,
                List.copyOf(headers),
                PublicPageCache.etagOf(body, contentType),
                revision,
                expiresAt));
    send(page, request, response, false);
  }

  /**
   * The cache key: the path and query, and everything else that chooses the page's language (the
   * language cookie, the browser's languages as Pharos reads them) and, on the search form, the
   * country suggested to the visitor. Null when the request should not be kept (oversized query or
   * cookie).
   */
  String keyOf(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query != null && query.length() > MAX_QUERY) {
      return null;
    }
    String cookieLanguage = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (LANGUAGE_COOKIE.equals(cookie.getName())) {
          cookieLanguage = cookie.getValue();
        }
      }
    }
    if (cookieLanguage.length() > 16) {
      return null;
    }
    StringBuilder key = new StringBuilder(request.getRequestURI());
    if (query != null) {
      key.append('?').append(query);
    }
    key.append('|').append(cookieLanguage).append('|').append(browserLanguage(request));
    if (FindHelpPaths.FORM.equals(request.getRequestURI())) {
      key.append('|').append(visitorCountry.suggest(request).orElse(""));
    }
    return key.toString();
  }

  private static String browserLanguage(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
      return "";
    }
    for (Locale wanted : Collections.list(request.getLocales())) {
      var supported = Languages.supported(wanted.toLanguageTag());
      if (supported.isPresent()) {
        return supported.get().getLanguage();
      }
    }
    return "-";
  }

  private String varyOf(HttpServletRequest request) {
    List<String> vary = new ArrayList<>(List.of(HttpHeaders.ACCEPT_LANGUAGE));
    if (request.getParameter("lang") == null) {
      vary.add(HttpHeaders.COOKIE);
    }
    if (FindHelpPaths.FORM.equals(request.getRequestURI())) {
      visitorCountry.header().ifPresent(vary::add);
    }
    return String.join(", ", vary);
  }

  private void send(
      PublicPageCache.Page page,
      HttpServletRequest request,
      HttpServletResponse response,
      boolean fromMemory)
      throws IOException {
    if (fromMemory) {
      for (Map.Entry<String, List<String>> header : page.headers()) {
        boolean first = true;
        for (String value : header.getValue()) {
          if (first) {
            response.setHeader(header.getKey(), value);
            first = false;
          } else {
            response.addHeader(header.getKey(), value);
          }
        }
      }
    }
    long seconds = Duration.between(cache.now(), page.expiresAt()).getSeconds();
    long age = Math.max(0, Math.min(seconds, maxAge.getSeconds()));
    response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + age);
    response.setHeader(HttpHeaders.ETAG, page.etag());
    response.setHeader(HttpHeaders.VARY, varyOf(request));
    if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(page.contentType());
    response.setContentLength(page.body().length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(page.body());
    }
  }

  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keeps the body until the filter decides what to do with it, drops every cookie, and holds back
   * the caching headers the security filter writes (no-store for every page) so that a kept page
   * gets its own.
   */
  static final class NoCookies extends ContentCachingResponseWrapper {

    private static final Set<String> HELD = Set.of("cache-control", "pragma", "expires");
    private final List<Map.Entry<String, String>> held = new ArrayList<>();

    NoCookies(HttpServletResponse response) {
      super(response);
    }

    private boolean intercepted(String name, String value) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("set-cookie")) {
        return true;
      }
      if (HELD.contains(lower)) {
        held.removeIf(h -> h.getKey().equalsIgnoreCase(name));
        held.add(Map.entry(name, value));
        return true;
      }
      return false;
    }

    void restoreHeldHeaders() {
      HttpServletResponse response = (HttpServletResponse) getResponse();
      for (Map.Entry<String, String> header : held) {
        response.setHeader(header.getKey(), header.getValue());
      }
    }

    private static String httpDate(long millis) {
      return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
          java.time.Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC));
    }

    @Override
    public void addCookie(Cookie cookie) {
      // Public pages store nothing in the visitor's browser.
    }

    @Override
    public void setHeader(String name, String value) {
      if (!intercepted(name, value)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!intercepted(name, value)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!intercepted(name, httpDate(date))) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!intercepted(name, httpDate(date))) {
        super.addDateHeader(name, date);
      }
    }

    @Override
    public void setIntHeader(String name, int value) {
      if (!intercepted(name, String.valueOf(value))) {
        super.setIntHeader(name, value);
      }
    }

    @Override
    public boolean containsHeader(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (HELD.contains(lower)) {
        return held.stream().anyMatch(h -> h.getKey().equalsIgnoreCase(name));
      }
      return super.containsHeader(name);
    }

    @Override
    public String getHeader(String name) {
      if (HELD.contains(name.toLowerCase(Locale.ROOT))) {
        return held.stream()
            .filter(h -> h.getKey().equalsIgnoreCase(name))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(null);
      }
      return super.getHeader(name);
    }
  }
}
