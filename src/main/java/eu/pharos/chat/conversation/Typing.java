package eu.pharos.chat.conversation;

import eu.pharos.chat.live.ChatSignal;
import eu.pharos.chat.live.Relay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who is typing where, as the relay tells every node: kept in memory for a few seconds, never
 * stored.
 */
@Component
class Typing {

  static final Duration SHOWN_FOR = Duration.ofSeconds(6);

  private final Map<String, Instant> lastTyped = new ConcurrentHashMap<>();
  private final Clock clock;

  Typing(Relay relay, Clock clock) {
    this.clock = clock;
    relay.subscribe(
        signal -> {
          if (signal.kind() == ChatSignal.Kind.TYPING && signal.side() != null) {
            lastTyped.put(key(signal.conversationId(), signal.side()), Instant.now(clock));
          } else if (signal.kind() == ChatSignal.Kind.MESSAGE && signal.side() != null) {
            lastTyped.remove(key(signal.conversationId(), signal.side()));
          }
        });
  }

  boolean isTyping(UUID conversationId, ChatSignal.Side side) {
    Instant at = lastTyped.get(key(conversationId, side));
    if (at == null) {
      return false;
    }
    if (at.plus(SHOWN_FOR).isBefore(Instant.now(clock))) {
      lastTyped.remove(key(conversationId, side));
      return false;
    }
    return true;
  }

  private static String key(UUID conversationId, ChatSignal.Side side) {
    return conversationId + ":" + side;
  }
}
