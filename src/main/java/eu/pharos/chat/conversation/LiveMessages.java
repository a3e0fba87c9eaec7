package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatNotFound;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.ChatState;
import eu.pharos.chat.PostedMessage;
import eu.pharos.chat.live.ChatSignal;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The path every message takes, in plain SQL: the conversation's row lock, the look for a resend,
 * and for the plain message of a live chat (no state to change, nothing to raise) its storing. The
 * entity's own path stays for everything else; Hibernate builds its queries and loaders anew on
 * each call while the tenant filter is on, which at hundreds of messages a second is most of their
 * cost. Callers run in the conversation's organisation and a transaction.
 */
@Component
class LiveMessages {

  /** What sending needs to know of a conversation, read under its row lock. */
  record Locked(
      UUID id,
      UUID organisationId,
      ChatKind kind,
      ChatState state,
      UUID advisorId,
      long lastSeq,
      String language,
      String visitorTokenHash) {}

  static final RowMapper<Locked> LOCKED =
      (rs, n) ->
          new Locked(
              rs.getObject("id", UUID.class),
              rs.getObject("organisation_id", UUID.class),
              ChatKind.valueOf(rs.getString("kind")),
              ChatState.valueOf(rs.getString("state")),
              rs.getObject("advisor_id", UUID.class),
              rs.getLong("last_seq"),
              rs.getString("language"),
              rs.getString("visitor_token_hash"));

  static final String COLUMNS =
      "select id, organisation_id, kind, state, advisor_id, last_seq, language,"
          + " visitor_token_hash from chat_conversation";

  static final String INSERT =
      "insert into chat_message (id, organisation_id, conversation_id, seq, sender, sender_side,"
          + " author_id, client_id, body_sealed, key_id, sent_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final Signals signals;
  private final Clock clock;

  LiveMessages(JdbcTemplate jdbc, PersonalDataCipher cipher, Signals signals, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.signals = signals;
    this.clock = clock;
  }

  /**
   * The conversation under its row lock, if it is in the caller's organisation.
   *
   * @throws ChatNotFound otherwise
   */
  Locked lock(UUID id) {
    if (id == null) {
      throw new ChatNotFound(null);
    }
    UUID scope = TenantContext.current();
    List<Locked> found =
        TenantContext.SYSTEM.equals(scope)
            ? jdbc.query(COLUMNS + " where id = ? for update", LOCKED, id)
            : jdbc.query(
                COLUMNS + " where id = ? and organisation_id = ? for update", LOCKED, id, scope);
    if (found.isEmpty()) {
      throw new ChatNotFound(id);
    }
    return found.get(0);
  }

  /** The number of the message sent before with this client id, if any. */
  OptionalLong sentBefore(UUID conversationId, ChatSender sender, String clientId) {
    if (clientId == null) {
      return OptionalLong.empty();
    }
    List<Long> found =
        jdbc.queryForList(
            "select seq from chat_message where conversation_id = ? and sender_side = ?"
                + " and client_id = ?",
            Long.class,
            conversationId,
            ChatMessage.sideOf(sender),
            clientId);
    return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.get(0));
  }

  /**
   * Why the sender cannot reach the conversation at all, or null: it is not in the sender's
   * organisation, or (for a victim) the key they hold is no longer the conversation's, since a
   * resume voided it. Asked before a resend is looked for, so that such a sender learns nothing.
   *
   * @param organisationId the sender's organisation; null for a victim, whose key is the proof
   */
  static RuntimeException unreachable(
      Locked row, UUID conversationId, UUID organisationId, ChatSender sender, String tokenHash) {
    if (row == null || (organisationId != null && !row.organisationId().equals(organisationId))) {
      return new ChatNotFound(conversationId);
    }
    if (sender == ChatSender.VISITOR && !row.visitorTokenHash().equals(tokenHash)) {
      return new ChatNotFound(conversationId);
    }
    return null;
  }

  /**
   * Why staff may not write to the conversation now, or null: an advisor only to a conversation
   * taken and theirs, a note to any that is not deleted. A victim's closed conversation is the
   * entity path's to refuse, as it also asks whether the victim is blocked.
   */
  static RuntimeException refusal(Locked row, ChatSender sender, UUID authorId) {
    if (sender == ChatSender.ADVISOR) {
      if (!ChatConsoleService.TAKEN.contains(row.state())) {
        return InvalidInput.of("conversation", MessageText.PREFIX + "closed");
      }
      if (!authorId.equals(row.advisorId())) {
        return InvalidInput.of("conversation", MessageText.PREFIX + "notYours");
      }
    } else if (sender == ChatSender.NOTE && row.state() == ChatState.DELETED) {
      return InvalidInput.of("conversation", MessageText.PREFIX + "closed");
    }
    return null;
  }

  /** Whether a message goes the plain way: a live chat's, where storing it changes no state. */
  static boolean plain(Locked conversation) {
    return conversation.kind() == ChatKind.LIVE && conversation.state().open();
  }

  /**
   * Stores a plain message with the conversation's next number, as {@link ConversationStore#append}
   * does for the entity, and signals it once committed. An advisor's message also marks what came
   * before it as read by staff.
   *
   * @return its number
   */
  long append(Locked c, ChatSender sender, UUID authorId, String clientId, String body) {
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    long seq = c.lastSeq() + 1;
    UUID id = UUID.randomUUID();
    String sealed = cipher.seal(body, ChatMessage.contextOf(id));
    Timestamp at = Timestamp.from(now);
    jdbc.update(
        INSERT,
        id,
        c.organisationId(),
        c.id(),
        seq,
        sender.name(),
        ChatMessage.sideOf(sender),
        authorId,
        clientId,
        sealed,
        cipher.keyIdOf(sealed),
        at);
    if (sender == ChatSender.ADVISOR) {
      jdbc.update(
          "update chat_conversation set last_seq = ?, last_message_at = ?,"
              + " staff_read_seq = ?, version = version + 1 where id = ?",
          seq,
          at,
          seq,
          c.id());
    } else {
      jdbc.update(
          "update chat_conversation set last_seq = ?, last_message_at = ?,"
              + " version = version + 1 where id = ?",
          seq,
          at,
          c.id());
    }
    signals.afterCommit(
        ChatSignal.message(
            c.organisationId(),
            c.id(),
            new PostedMessage(
                id,
                c.organisationId(),
                seq,
                sender,
                authorId,
                clientId,
                now,
                sealed,
                c.state(),
                c.language(),
                c.visitorTokenHash())));
    return seq;
  }
}
