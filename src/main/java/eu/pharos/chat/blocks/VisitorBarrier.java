package eu.pharos.chat.blocks;

import eu.pharos.chat.ChatEnded;
import eu.pharos.chat.ChatRefused;
import eu.pharos.chat.VisitorKey;
import eu.pharos.chat.conversation.ServiceEnding;
import eu.pharos.chat.conversation.VisitorGate;
import eu.pharos.platform.PersonalDataCipher;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a blocked visitor is turned away: before a chat starts (the key their browser still holds,
 * their address), before each message, and on return with a code. A visitor has no organisation, so
 * the queries name the organisation themselves; a block is in force while {@code blocked_until} is
 * later than now and nobody lifted it, with no job to end it.
 *
 * <p>Addresses are kept only as keyed hashes ({@link PersonalDataCipher#blindIndex}, under the
 * platform's index key): after an index key rotation, a running block still refuses the visitor's
 * key but no longer their address.
 */
@Component
public class VisitorBarrier implements VisitorGate {

  /** How long the hash of a conversation's address is kept for a block that may follow. */
  static final Duration TRACE_KEPT = Duration.ofDays(30);

  private static final String IN_FORCE =
      "select count(*) from chat_visitor_block where organisation_id = ? and lifted_at is null"
          + " and blocked_until > ? and ";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final Clock clock;

  VisitorBarrier(JdbcTemplate jdbc, PersonalDataCipher cipher, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.clock = clock;
  }

  /**
   * Before a new chat with the organisation: refuses a visitor whose browser still holds the key of
   * a blocked conversation, or who comes from a blocked address.
   *
   * @throws ChatRefused when a block in force covers either
   */
  public void admitStart(UUID organisationId, Optional<VisitorKey> held, String address) {
    String tokenHash =
        held.filter(k -> k.token() != null && !k.token().isEmpty())
            .map(k -> ServiceEnding.tokenHash(k.token()))
            .orElse(null);
    String index = index(address);
    if (tokenHash != null && count("visitor_token_hash = ?", organisationId, tokenHash) > 0) {
      throw new ChatRefused(organisationId);
    }
    if (index != null && count("address_index = ?", organisationId, index) > 0) {
      throw new ChatRefused(organisationId);
    }
  }

  @Override
  public void admit(UUID organisationId, UUID conversationId, String address) {
    if (count("conversation_id = ?", organisationId, conversationId) > 0) {
      throw new ChatRefused(organisationId);
    }
    String index = index(address);
    if (index == null) {
      index = traced(conversationId).orElse(null);
    }
    if (index != null && count("address_index = ?", organisationId, index) > 0) {
      throw new ChatRefused(organisationId);
    }
  }

  /** After a chat started: its visitor's address, for a block that may follow. */
  public void remember(VisitorKey key, UUID organisationId, String address) {
    remember(organisationId, key.conversationId(), address);
  }

  @Override
  public void remember(UUID organisationId, UUID conversationId, String address) {
    String index = index(address);
    if (index == null || conversationId == null) {
      return;
    }
    Instant now = clock.instant();
    jdbc.update(
        "delete from chat_visitor_trace where recorded_at < ?",
        Timestamp.from(now.minus(TRACE_KEPT)));
    jdbc.update("delete from chat_visitor_trace where conversation_id = ?", conversationId);
    jdbc.update(
        "insert into chat_visitor_trace"
            + " (conversation_id, organisation_id, address_index, index_key_id, recorded_at)"
            + " values (?, ?, ?, ?, ?)",
        conversationId,
        organisationId,
        index,
        cipher.currentIndexKeyId(),
        Timestamp.from(now));
  }

  /**
   * An ended conversation's address is forgotten at once: it is kept only so that the advisor can
   * block an abusive visitor while they talk, and a victim who comes back with a return code is
   * traced again from that visit.
   */
  @EventListener
  void on(ChatEnded ended) {
    jdbc.update("delete from chat_visitor_trace where conversation_id = ?", ended.conversationId());
  }

  /** The keyed hash of the address a conversation's visitor came from, if still kept. */
  Optional<String> traced(UUID conversationId) {
    return jdbc
        .queryForList(
            "select address_index from chat_visitor_trace where conversation_id = ?",
            String.class,
            conversationId)
        .stream()
        .findFirst();
  }

  String index(String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    return cipher.blindIndex("name", "chat visitor address " + address.strip());
  }

  private long count(String condition, UUID organisationId, Object value) {
    Long n =
        jdbc.queryForObject(
            IN_FORCE + condition,
            Long.class,
            organisationId,
            Timestamp.from(clock.instant()),
            value);
    return n == null ? 0 : n;
  }
}
