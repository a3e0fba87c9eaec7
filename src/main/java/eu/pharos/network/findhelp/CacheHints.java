package eu.pharos.network.findhelp;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;

/**
 * What a page tells the public page cache about the answer it rendered: until when it stays true
 * (the next "open now" change among the services it lists), or that it must not be kept at all.
 */
final class CacheHints {

  static final String VALID_UNTIL = CacheHints.class.getName() + ".validUntil";
  static final String DO_NOT_CACHE = CacheHints.class.getName() + ".doNotCache";

  private CacheHints() {}

  /** The page is true until that moment at the latest; the earliest of several calls wins. */
  static void validUntil(HttpServletRequest request, Instant until) {
    if (until == null) {
      return;
    }
    Object current = request.getAttribute(VALID_UNTIL);
    if (current instanceof Instant earlier && earlier.isBefore(until)) {
      return;
    }
    request.setAttribute(VALID_UNTIL, until);
  }

  static void doNotCache(HttpServletRequest request) {
    request.setAttribute(DO_NOT_CACHE, Boolean.TRUE);
  }

  static Instant validUntil(HttpServletRequest request) {
    return request.getAttribute(VALID_UNTIL) instanceof Instant until ? until : null;
  }

  static boolean cacheAllowed(HttpServletRequest request) {
    return request.getAttribute(DO_NOT_CACHE) == null;
  }
}
