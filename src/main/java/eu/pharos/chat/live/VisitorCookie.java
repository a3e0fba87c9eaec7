package eu.pharos.chat.live;

import eu.pharos.chat.VisitorKey;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseCookie;

/**
 * The cookie that holds a victim's {@link VisitorKey}: {@code pharos-chat=<conversation
 * id>.<token>}, HttpOnly, Secure when the request is, SameSite=Strict, path {@code /chat}, so that
 * no script and no other page of Pharos sees it, and the key never appears in an address.
 *
 * <p>A session cookie, without {@code Max-Age}: on a shared device the conversation must not stay
 * open after the browser closes. The way back later is the return code.
 */
public final class VisitorCookie {

  public static final String NAME = "pharos-chat";
  public static final String PATH = "/chat";

  private VisitorCookie() {}

  /** The key in the request's cookie; empty when there is none or it cannot be read. */
  public static Optional<VisitorKey> read(HttpServletRequest request) {
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
    if (dot < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new VisitorKey(UUID.fromString(value.substring(0, dot)), value.substring(dot + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The {@code Set-Cookie} value that stores a key. */
  public static String write(VisitorKey key, boolean secure) {
    return ResponseCookie.from(NAME, key.conversationId() + "." + key.token())
        .httpOnly(true)
        .secure(secure)
        .sameSite("Strict")
        .path(PATH)
        .build()
        .toString();
  }

  /** The {@code Set-Cookie} value that removes it (after leaving or deleting). */
  public static String clear(boolean secure) {
    return ResponseCookie.from(NAME, "")
        .httpOnly(true)
        .secure(secure)
        .sameSite("Strict")
        .path(PATH)
        .maxAge(Duration.ZERO)
        .build()
        .toString();
  }
}
