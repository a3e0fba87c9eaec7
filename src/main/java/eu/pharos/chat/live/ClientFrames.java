package eu.pharos.chat.live;

import eu.pharos.chat.ChatRefused;
import eu.pharos.chat.MessageAck;
import eu.pharos.chat.VisitorKey;
import eu.pharos.platform.RateLimiter;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.Latencies;
import eu.pharos.shared.RecordNotFound;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client's frame does, the same for a WebSocket and the HTTP fallback: it goes to the facade
 * in the client's name, and the answer is the frames for the client itself (an ack, a pong, an
 * error in its language). Messages for the conversation reach everyone through the relay.
 */
@Component
class ClientFrames {

  /** Messages a victim may send in one conversation. */
  static final RateLimiter.Limit MESSAGES =
      new RateLimiter.Limit("chat.messages", 20, Duration.ofSeconds(10));

  /** Typing notices beyond this are dropped without a word: they are only a hint. */
  static final RateLimiter.Limit TYPING =
      new RateLimiter.Limit("chat.typing", 10, Duration.ofSeconds(10));

  /** Frames of any kind from one victim's conversation, bad ones included. */
  static final RateLimiter.Limit FRAMES =
      new RateLimiter.Limit("chat.frames", 120, Duration.ofSeconds(10));

  private static final Logger log = LoggerFactory.getLogger(ClientFrames.class);

  private final JsonMapper json;
  private final MessageSource messages;
  private final RateLimiter limiter;
  private final LiveHub hub;
  private final Lanes lanes;
  private final Timer acknowledged;

  ClientFrames(
      JsonMapper json,
      MessageSource messages,
      RateLimiter limiter,
      LiveHub hub,
      Lanes lanes,
      MeterRegistry meters) {
    this.json = json;
    this.messages = messages;
    this.limiter = limiter;
    this.hub = hub;
    this.lanes = lanes;
    this.acknowledged =
        Latencies.timer(
            meters,
            "pharos.chat.message.acknowledged",
            "From a message's frame read to its answer (the ack, or why it was refused)");
  }

  /**
   * Handles one frame.
   *
   * @param listener the socket the frame came on, to watch a conversation on {@code hello}; null
   *     for the HTTP fallback, which watches by polling
   */
  List<Frame> handle(Party party, Listener listener, String payload) {
    long start = System.nanoTime();
    String clientId = null;
    try {
      JsonNode frame = parse(payload);
      String type = text(frame, "type");
      clientId = text(frame, "clientId");
      if (type == null) {
        throw new BadFrame();
      }
      if (!"ping".equals(type)) {
        limit(party, FRAMES);
      }
      switch (type) {
        case "ping" -> {
          return List.of(Frame.pong());
        }
        case "hello" -> {
          if (listener == null) {
            throw new BadFrame();
          }
          UUID conversation = conversation(frame);
          long after = number(frame, "after");
          // A second hello for the same conversation starts again from its number.
          hub.unwatch(listener, conversation);
          hub.watch(listener, conversation, after, null);
          return List.of();
        }
        case "send", "note" -> {
          UUID conversation = conversation(frame);
          String body = text(frame, "body");
          if (party.side() == ChatSignal.Side.VISITOR) {
            limit(party, MESSAGES);
          }
          // A socket that follows the conversation sends through its follow, which has checked
          // the party's access once; the HTTP fallback's poll and a socket before its hello ask
          // the facade.
          Party.Follow follow = listener == null ? null : hub.following(listener, conversation);
          Writing writing =
              follow == null
                  ? (id, text) ->
                      "send".equals(type)
                          ? party.send(conversation, id, text)
                          : party.note(conversation, id, text)
                  : (id, text) ->
                      "send".equals(type) ? follow.send(id, text) : follow.note(id, text);
          if (listener != null && party.side() == ChatSignal.Side.STAFF) {
            // Acknowledged on the socket once stored; the socket goes on reading meanwhile.
            String id = clientId;
            lanes.run(
                conversation,
                () -> listener.push(List.of(store(party, writing, conversation, id, body, start))));
            return List.of();
          }
          return List.of(store(party, writing, conversation, clientId, body, start));
        }
        case "typing" -> {
          UUID conversation = conversation(frame);
          if (allowed(party, TYPING)) {
            party.typing(conversation);
          }
          return List.of();
        }
        case "read" -> {
          party.read(conversation(frame), number(frame, "seq"));
          return List.of();
        }
        default -> throw new BadFrame();
      }
    } catch (RuntimeException e) {
      return List.of(refusal(party, e, clientId));
    }
  }

  /**
   * Stores a message or a note: its ack, or why it was refused.
   *
   * @param start when its frame was read ({@link System#nanoTime()})
   */
  private Frame store(
      Party party, Writing writing, UUID conversation, String clientId, String body, long start) {
    try {
      MessageAck ack = writing.write(clientId, body);
      return Frame.ack(conversation, ack.clientId(), ack.seq(), ack.duplicate());
    } catch (RuntimeException e) {
      return refusal(party, e, clientId);
    } finally {
      acknowledged.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  /** The error frame for what a frame's handling threw, in the client's language. */
  private Frame refusal(Party party, RuntimeException thrown, String clientId) {
    try {
      throw thrown;
    } catch (BadFrame e) {
      return error(party, "invalid", "chat.error.invalid", null, clientId);
    } catch (RateLimited e) {
      return error(party, "rate-limited", "chat.error.rate-limited", null, clientId);
    } catch (RecordNotFound e) {
      return error(party, "not-found", "chat.error.not-found", null, clientId);
    } catch (ChatRefused e) {
      return error(party, "refused", "chat.error.refused", null, clientId);
    } catch (InvalidInput e) {
      InvalidInput.Problem first = e.problems().get(0);
      boolean closed =
          e.problems().stream().anyMatch(p -> p.messageKey().equals("chat.error.closed"));
      return closed
          ? error(party, "closed", "chat.error.closed", null, clientId)
          : error(party, "invalid", first.messageKey(), first.arguments().toArray(), clientId);
    } catch (ConcurrentChange | AccessDeniedException e) {
      return error(party, "invalid", "chat.error.invalid", null, clientId);
    } catch (RuntimeException e) {
      log.warn("A chat frame failed", e);
      return error(party, "invalid", "chat.error.invalid", null, clientId);
    }
  }

  Frame error(Party party, String code, String messageKey, Object[] arguments, String clientId) {
    Locale locale = party == null ? Locale.ENGLISH : party.locale();
    String text = messages.getMessage(messageKey, arguments, messageKey, locale);
    return Frame.error(code, text, clientId);
  }

  private JsonNode parse(String payload) {
    try {
      JsonNode node = json.readTree(payload);
      if (node == null || !node.isObject()) {
        throw new BadFrame();
      }
      return node;
    } catch (JacksonException e) {
      throw new BadFrame();
    }
  }

  private static String text(JsonNode frame, String field) {
    JsonNode value = frame.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw new BadFrame();
    }
    return value.stringValue();
  }

  private static UUID conversation(JsonNode frame) {
    String id = text(frame, "conversation");
    if (id == null || id.length() != 36) {
      throw new BadFrame();
    }
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new BadFrame();
    }
  }

  private static long number(JsonNode frame, String field) {
    JsonNode value = frame.get(field);
    if (value == null || value.isNull()) {
      return 0;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
      throw new BadFrame();
    }
    return value.longValue();
  }

  private void limit(Party party, RateLimiter.Limit limit) {
    if (!allowed(party, limit)) {
      throw new RateLimited();
    }
  }

  /** Victims are limited per conversation; staff are trusted, signed in and audited. */
  private boolean allowed(Party party, RateLimiter.Limit limit) {
    if (!(party instanceof VisitorParty visitor)) {
      return true;
    }
    VisitorKey key = visitor.key();
    return limiter.tryAcquire(limit, key.conversationId().toString()).allowed();
  }

  /** How a message or a note is stored: through the client's follow, or the facade. */
  @FunctionalInterface
  private interface Writing {
    MessageAck write(String clientId, String body);
  }

  /** A frame that is not JSON, not an object, of no known type, or with a field of a wrong type. */
  static final class BadFrame extends RuntimeException {
    BadFrame() {
      super("bad frame", null, false, false);
    }
  }

  static final class RateLimited extends RuntimeException {
    RateLimited() {
      super("rate limited", null, false, false);
    }
  }
}
