package eu.pharos.chat.live;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import tools.jackson.databind.json.JsonMapper;

/**
 * An open WebSocket. Sends go through a decorator that serialises them (the relay's threads and the
 * socket's own replies may send at once) and closes a client that falls too far behind, instead of
 * letting its backlog grow.
 */
final class SocketListener extends Listener {

  private static final Logger log = LoggerFactory.getLogger(SocketListener.class);

  /** How long one send may block before the client counts as gone. */
  static final int SEND_TIME_LIMIT_MS = 10_000;

  /** How much may wait for a slow client before it is closed. */
  static final int BUFFER_LIMIT_BYTES = 64 * 1024;

  private final WebSocketSession session;
  private final JsonMapper json;

  SocketListener(Party party, WebSocketSession session, JsonMapper json) {
    super(party);
    this.session =
        new ConcurrentWebSocketSessionDecorator(
            session,
            SEND_TIME_LIMIT_MS,
            BUFFER_LIMIT_BYTES,
            ConcurrentWebSocketSessionDecorator.OverflowStrategy.TERMINATE);
    this.json = json;
  }

  @Override
  void push(List<Frame> frames) {
    try {
      for (Frame frame : frames) {
        if (!session.isOpen()) {
          return;
        }
        session.sendMessage(new TextMessage(json.writeValueAsString(frame)));
      }
    } catch (IOException | RuntimeException e) {
      log.debug("A chat socket could not be written to; closing it", e);
      try {
        session.close(CloseStatus.SESSION_NOT_RELIABLE);
      } catch (IOException ignored) {
        // It is gone already.
      }
    }
  }

  @Override
  boolean once() {
    return false;
  }
}
