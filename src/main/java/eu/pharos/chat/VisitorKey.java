package eu.pharos.chat;

import java.util.UUID;

/**
 * What an anonymous victim holds to reach their conversation: its id and a random token (at least
 * 128 bits) that Pharos stores only as a hash. Kept by the browser in a cookie of the chat's path,
 * never in a URL.
 */
public record VisitorKey(UUID conversationId, String token) {

  @Override
  public String toString() {
    return "VisitorKey[" + conversationId + "]";
  }
}
