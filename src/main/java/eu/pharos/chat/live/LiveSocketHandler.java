package eu.pharos.chat.live;

import java.util.List;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebSocket of both sides, in the JSON frames of docs/chat-protocol.md. The handshake put the
 * caller ({@link Party}) into the session; a bad frame is answered with an error and the socket
 * stays open.
 */
class LiveSocketHandler extends TextWebSocketHandler {

  static final String PARTY = "pharos.chat.party";
  private static final String LISTENER = "pharos.chat.listener";

  private final LiveHub hub;
  private final ClientFrames frames;
  private final JsonMapper json;

  LiveSocketHandler(LiveHub hub, ClientFrames frames, JsonMapper json) {
    this.hub = hub;
    this.frames = frames;
    this.json = json;
  }

  @Override
  public void afterConnectionEstablished(WebSocketSession session) {
    Party party = (Party) session.getAttributes().get(PARTY);
    SocketListener listener = new SocketListener(party, session, json);
    session.getAttributes().put(LISTENER, listener);
    if (party.side() == ChatSignal.Side.STAFF) {
      hub.followQueue(listener);
    }
  }

  @Override
  protected void handleTextMessage(WebSocketSession session, TextMessage message) {
    Listener listener = (Listener) session.getAttributes().get(LISTENER);
    List<Frame> answer = frames.handle(listener.party, listener, message.getPayload());
    if (!answer.isEmpty()) {
      listener.push(answer);
    }
  }

  @Override
  public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
    Listener listener = (Listener) session.getAttributes().remove(LISTENER);
    if (listener != null) {
      hub.forget(listener);
    }
  }
}
