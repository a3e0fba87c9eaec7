package eu.pharos.chat.web.visitor;

import eu.pharos.chat.VisitorKey;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The victim's key to their conversation, in the browser: an HttpOnly cookie {@code pharos-chat} =
 * {@code <conversationId>.<token>} on the chat's own path, so that no other page of Pharos sends it
 * and no script reads it. A session cookie: closing the browser forgets the chat.
 */
final class ChatCookie {

  static final String NAME = "pharos-chat";
  static final String PATH = "/chat";

  private ChatCookie() {}

  static Optional<VisitorKey> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName())) {
        return parse(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  static Optional<VisitorKey> parse(String value) {
    if (value == null || value.length() > 200) {
      return Optional.empty();
    }
    int dot = value.indexOf('.');
    if (dot < 1 || dot == value.length() - 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new VisitorKey(UUID.fromString(value.substring(0, dot)), value.substring(dot + 1)));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  static void write(HttpServletRequest request, HttpServletResponse response, VisitorKey key) {
    set(request, response, key.conversationId() + "." + key.token(), -1);
  }

  static void clear(HttpServletRequest request, HttpServletResponse response) {
    set(request, response, "", 0);
  }

  private static void set(
      HttpServletRequest request, HttpServletResponse response, String value, long maxAge) {
    ResponseCookie cookie =
        ResponseCookie.from(NAME, value)
            .path(PATH)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Strict")
            .maxAge(maxAge)
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }
}
