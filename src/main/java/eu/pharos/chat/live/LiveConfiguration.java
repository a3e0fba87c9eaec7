package eu.pharos.chat.live;

import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.VisitorChats;
import jakarta.servlet.ServletContext;
import jakarta.websocket.WebSocketContainer;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat's two WebSockets, plain (no STOMP, no SockJS: the HTTP fallback covers networks that
 * block WebSockets): {@code /chat/live} for victims, {@code /app/chat/live} for staff, behind the
 * same web security rules as the pages around them.
 *
 * <p>No allowed origins are set, so Spring's origin check accepts only a handshake whose {@code
 * Origin} is the request's own scheme, host and port, and refuses every other with 403.
 *
 * <p>Each socket costs the container its read and message buffers, so they are kept small: a text
 * frame of 8 192 characters holds the largest valid message (4 000 characters, escaped) with its
 * fields, and binary frames are not used. 10 000 idle sockets then fit well within 1 GiB of heap.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class LiveConfiguration implements WebSocketConfigurer, ServletContextAware {

  static final int TEXT_BUFFER_CHARS = 8192;
  static final int BINARY_BUFFER_BYTES = 1024;

  private final LiveHub hub;
  private final ClientFrames frames;
  private final JsonMapper json;
  private final VisitorChats visitors;
  private final ChatConsole console;
  private final LocaleResolver locales;
  private final Duration idleTimeout;

  LiveConfiguration(
      LiveHub hub,
      ClientFrames frames,
      JsonMapper json,
      VisitorChats visitors,
      ChatConsole console,
      LocaleResolver locales,
      @Value("${pharos.chat.live.idle-timeout:5m}") Duration idleTimeout) {
    this.hub = hub;
    this.frames = frames;
    this.json = json;
    this.visitors = visitors;
    this.console = console;
    this.locales = locales;
    this.idleTimeout = idleTimeout;
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    LiveSocketHandler handler = new LiveSocketHandler(hub, frames, json);
    registry
        .addHandler(handler, "/chat/live")
        .addInterceptors(new VisitorHandshake(visitors, locales));
    registry
        .addHandler(handler, "/app/chat/live")
        .addInterceptors(new StaffHandshake(console, locales));
  }

  /** Present only in a real servlet container; a mock one (MockMvc tests) has no sockets. */
  @Override
  public void setServletContext(ServletContext servletContext) {
    if (servletContext.getAttribute("jakarta.websocket.server.ServerContainer")
        instanceof WebSocketContainer container) {
      container.setDefaultMaxTextMessageBufferSize(TEXT_BUFFER_CHARS);
      container.setDefaultMaxBinaryMessageBufferSize(BINARY_BUFFER_BYTES);
      container.setDefaultMaxSessionIdleTimeout(idleTimeout.toMillis());
    }
  }
}
