package eu.pharos.chat.live;

import eu.pharos.chat.ChatNotFound;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/** A victim's socket opens only with a visitor cookie whose key opens its conversation. */
class VisitorHandshake implements HandshakeInterceptor {

  private final VisitorChats chats;
  private final LocaleResolver locales;

  VisitorHandshake(VisitorChats chats, LocaleResolver locales) {
    this.chats = chats;
    this.locales = locales;
  }

  @Override
  public boolean beforeHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Map<String, Object> attributes) {
    if (!(request instanceof ServletServerHttpRequest servlet)) {
      return false;
    }
    HttpServletRequest http = servlet.getServletRequest();
    Optional<VisitorKey> key = VisitorCookie.read(http);
    if (key.isEmpty()) {
      response.setStatusCode(HttpStatus.FORBIDDEN);
      return false;
    }
    try {
      chats.view(key.get(), Long.MAX_VALUE);
    } catch (ChatNotFound e) {
      response.setStatusCode(HttpStatus.FORBIDDEN);
      return false;
    }
    attributes.put(
        LiveSocketHandler.PARTY, new VisitorParty(chats, key.get(), locales.resolveLocale(http)));
    return true;
  }

  @Override
  public void afterHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Exception exception) {}
}
