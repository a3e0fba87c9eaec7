package eu.pharos.chat.live;

import eu.pharos.chat.ChatConsole;
import eu.pharos.shared.StaffUser;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * A member of staff's socket carries the sign-in of the session that opened it (the filter chain
 * has required a full sign-in for {@code /app/**} already).
 */
class StaffHandshake implements HandshakeInterceptor {

  private final ChatConsole console;
  private final LocaleResolver locales;

  StaffHandshake(ChatConsole console, LocaleResolver locales) {
    this.console = console;
    this.locales = locales;
  }

  @Override
  public boolean beforeHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Map<String, Object> attributes) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (!(request instanceof ServletServerHttpRequest servlet)
        || auth == null
        || !(auth.getPrincipal() instanceof StaffUser)) {
      response.setStatusCode(HttpStatus.FORBIDDEN);
      return false;
    }
    attributes.put(
        LiveSocketHandler.PARTY,
        new StaffParty(console, auth, locales.resolveLocale(servlet.getServletRequest())));
    return true;
  }

  @Override
  public void afterHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Exception exception) {}
}
