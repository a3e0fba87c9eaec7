package eu.pharos.chat.web.visitor;

import eu.pharos.chat.VisitorKey;
import eu.pharos.chat.live.VisitorCookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * The pages' side of {@link VisitorCookie}, the one place that says what the chat cookie is (the
 * live endpoint reads the same cookie).
 */
final class ChatCookie {

  static final String NAME = VisitorCookie.NAME;

  private ChatCookie() {}

  static Optional<VisitorKey> read(HttpServletRequest request) {
    return VisitorCookie.read(request);
  }

  /** For tests: the key a cookie value holds. */
  static Optional<VisitorKey> parse(String value) {
    int dot = value.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new VisitorKey(
              java.util.UUID.fromString(value.substring(0, dot)), value.substring(dot + 1)));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  static void write(HttpServletRequest request, HttpServletResponse response, VisitorKey key) {
    response.addHeader(HttpHeaders.SET_COOKIE, VisitorCookie.write(key, request.isSecure()));
  }

  static void clear(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader(HttpHeaders.SET_COOKIE, VisitorCookie.clear(request.isSecure()));
  }
}
