package eu.pharos.chat.live;

import eu.pharos.chat.ChatMessageView;
import java.time.Instant;
import java.util.UUID;

/**
 * One frame of the live protocol (docs/chat-protocol.md), from the server to a client, as written
 * on a WebSocket or in a long poll's list; fields a frame does not use are left out of its JSON.
 */
record Frame(
    String type,
    UUID conversation,
    Long seq,
    String sender,
    String authorName,
    String body,
    Instant sentAt,
    String clientId,
    Boolean duplicate,
    String state,
    Integer position,
    Integer estimatedMinutes,
    String organisation,
    Integer waiting,
    String code,
    String message) {

  static Frame message(UUID conversation, ChatMessageView m) {
    return new Frame(
        "message",
        conversation,
        m.seq(),
        m.sender().name(),
        m.authorName(),
        m.body(),
        m.sentAt(),
        m.clientId(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static Frame state(
      UUID conversation,
      String state,
      Integer position,
      Integer estimatedMinutes,
      String organisation) {
    return new Frame(
        "state",
        conversation,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        state,
        position,
        estimatedMinutes,
        organisation,
        null,
        null,
        null);
  }

  static Frame ack(UUID conversation, String clientId, long seq, boolean duplicate) {
    return new Frame(
        "ack",
        conversation,
        seq,
        null,
        null,
        null,
        null,
        clientId,
        duplicate,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static Frame typing(UUID conversation, String sender) {
    return new Frame(
        "typing",
        conversation,
        null,
        sender,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static Frame read(UUID conversation, long seq) {
    return new Frame(
        "read",
        conversation,
        seq,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static Frame queue(int waiting) {
    return new Frame(
        "queue", null, null, null, null, null, null, null, null, null, null, null, null, waiting,
        null, null);
  }

  static Frame pong() {
    return new Frame(
        "pong", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  static Frame error(String code, String message, String clientId) {
    return new Frame(
        "error", null, null, null, null, null, null, clientId, null, null, null, null, null, null,
        code, message);
  }
}
