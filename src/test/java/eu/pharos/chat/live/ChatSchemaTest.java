package eu.pharos.chat.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.test.PharosTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The chat tables keep a conversation's numbering and de-duplication, and the relay delivers. */
@PharosTest
class ChatSchemaTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired Relay relay;
  @Autowired PersonalDataCipher cipher;

  @Test
  void messageNumbersAndClientIdsAreUniquePerConversation() {
    UUID organisation = UUID.randomUUID();
    UUID conversation = conversation(organisation);
    message(conversation, organisation, 1, "VISITOR", "c-1");
    message(conversation, organisation, 2, "STAFF", "c-1");

    assertThatThrownBy(() -> message(conversation, organisation, 2, "VISITOR", "c-2"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> message(conversation, organisation, 3, "VISITOR", "c-1"))
        .isInstanceOf(DataIntegrityViolationException.class);
    message(conversation, organisation, 3, "STAFF", null);
    message(conversation, organisation, 4, "STAFF", null);

    assertThat(
            jdbc.queryForObject(
                "select count(*) from chat_message where conversation_id = ?",
                Integer.class,
                conversation))
        .isEqualTo(4);
  }

  @Test
  void visitorTokensAreUniqueAndRetentionCannotBeNegative() {
    UUID organisation = UUID.randomUUID();
    String hash = "a".repeat(64);
    conversation(organisation, hash);
    assertThatThrownBy(() -> conversation(organisation, hash))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "insert into chat_settings (organisation_id, transcript_retention_days,"
                        + " updated_at, version) values (?, -1, ?, 0)",
                    organisation,
                    Timestamp.from(Instant.now())))
        .isInstanceOf(DataIntegrityViolationException.class);
    jdbc.update(
        "insert into chat_settings (organisation_id, transcript_retention_days, updated_at,"
            + " version) values (?, 0, ?, 0)",
        organisation,
        Timestamp.from(Instant.now()));
    assertThat(
            jdbc.queryForMap(
                "select reply_target_hours, mask_contact_details from chat_settings"
                    + " where organisation_id = ?",
                organisation))
        .containsEntry("reply_target_hours", 48)
        .containsEntry("mask_contact_details", false);
  }

  @Test
  void theRelayDeliversSignalsInOrderToEverySubscriber() {
    UUID organisation = UUID.randomUUID();
    List<ChatSignal> first = new CopyOnWriteArrayList<>();
    List<ChatSignal> second = new CopyOnWriteArrayList<>();
    relay.subscribe(
        s -> {
          if (organisation.equals(s.organisationId())) {
            first.add(s);
          }
        });
    relay.subscribe(
        s -> {
          throw new IllegalStateException("a failing subscriber");
        });
    relay.subscribe(
        s -> {
          if (organisation.equals(s.organisationId())) {
            second.add(s);
          }
        });
    UUID conversation = UUID.randomUUID();
    ChatSignal message = ChatSignal.message(conversation, organisation, 1, ChatSignal.Side.VISITOR);
    ChatSignal queue = ChatSignal.queue(organisation);

    relay.publish(message);
    relay.publish(queue);

    assertThat(relay).isInstanceOf(InProcessRelay.class);
    assertThat(first).containsExactly(message, queue);
    assertThat(second).containsExactly(message, queue);
  }

  private UUID conversation(UUID organisation) {
    return conversation(organisation, UUID.randomUUID().toString().replace("-", ""));
  }

  private UUID conversation(UUID organisation, String tokenHash) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into chat_conversation (id, organisation_id, kind, state, language, topic,"
            + " visitor_token_hash, queued_at, version) values (?, ?, 'LIVE', 'QUEUED', 'en',"
            + " 'GENERAL', ?, ?, 0)",
        id,
        organisation,
        tokenHash,
        Timestamp.from(Instant.now()));
    return id;
  }

  private void message(UUID conversation, UUID organisation, long seq, String side, String client) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into chat_message (id, organisation_id, conversation_id, seq, sender,"
            + " sender_side, client_id, body_sealed, key_id, sent_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        organisation,
        conversation,
        seq,
        side.equals("VISITOR") ? "VISITOR" : "ADVISOR",
        side,
        client,
        cipher.seal("x", "chat_message.body_sealed:" + id),
        cipher.currentKeyId(),
        Timestamp.from(Instant.now()));
  }
}
