package eu.pharos.platform.keys;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.audit.AuditLog;
import eu.pharos.platform.KeyRotationStep;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.platform.internal.TestCiphers;
import eu.pharos.test.PharosTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Key rotation on a real database: rows sealed with an old key are sealed again with the current
 * key of the installation, which keeps the old one only to open them; a run stopped halfway
 * resumes.
 */
@PharosTest
class KeyRotationCommandTest {

  static final String OLD_DATA_KEY = "old2025:" + key(7);
  static final String OLD_INDEX_KEY = "iold2025:" + key(9);

  @Autowired SealedTables sealedTables;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired AuditLog audit;
  @Autowired ApplicationEventPublisher events;
  @Autowired List<KeyRotationStep> steps;
  @Autowired Clock clock;
  @Autowired PersonalDataCipher installed;

  @Value("${pharos.security.secret}")
  String secret;

  /** The installation before: only the old keys. */
  PersonalDataCipher old;

  /** The installation now: its own keys current, the old data key still configured. */
  PersonalDataCipher rotating;

  final ByteArrayOutputStream output = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() {
    old = TestCiphers.withKeys(OLD_DATA_KEY, OLD_INDEX_KEY);
    rotating = TestCiphers.derivedOpening(secret, OLD_DATA_KEY);
    assertThat(rotating.currentKeyId()).isEqualTo(installed.currentKeyId());
    assertThat(rotating.currentIndexKeyId()).isEqualTo(installed.currentIndexKeyId());
    assertThat(run()).as("whatever earlier tests left is rotated first").isZero();
    output.reset();
  }

  @Test
  void everyRowSealedWithTheOldKeyIsSealedAgainAndStillOpens() {
    UUID organisation = UUID.randomUUID();
    UUID victim = insertVictim(organisation, "Maria Silva", "+351 912 345 678");
    UUID otherVictim = insertVictim(organisation, "João Sousa", null);
    UUID helplineCase = insertCase(organisation, victim, "Attacked at the bus stop", "Lisboa");
    UUID contact = insertContact(organisation, "Called at night", "Hello, I need help");
    UUID conversation = insertConversation(organisation, "Thank you, that helped");
    UUID message = insertChatMessage(organisation, conversation, "Someone follows me home");
    assertThat(cipherKeyOf("helpline_victim", victim)).isEqualTo("old2025");

    assertThat(run("--batch-size", "2")).isZero();

    String current = installed.currentKeyId();
    assertThat(
            List.of(
                keyId("helpline_victim", victim),
                keyId("helpline_victim", otherVictim),
                keyId("helpline_case", helplineCase),
                keyId("helpline_contact", contact),
                keyId("chat_conversation", conversation),
                keyId("chat_message", message)))
        .as("the tables of every module, not only the helpline's")
        .containsOnly(current);
    assertOpens("helpline_victim", "full_name_sealed", victim, "Maria Silva");
    assertOpens("helpline_victim", "phone_sealed", victim, "+351 912 345 678");
    assertOpens("helpline_victim", "email_sealed", victim, "someone@example.org");
    assertOpens("helpline_victim", "full_name_sealed", otherVictim, "João Sousa");
    assertOpens("helpline_case", "summary_sealed", helplineCase, "Attacked at the bus stop");
    assertOpens("helpline_case", "crime_place_sealed", helplineCase, "Lisboa");
    assertOpens("helpline_contact", "note_sealed", contact, "Called at night");
    assertOpens("helpline_contact", "transcript_sealed", contact, "Hello, I need help");
    assertOpens(
        "chat_conversation", "rating_comment_sealed", conversation, "Thank you, that helped");
    assertOpens("chat_message", "body_sealed", message, "Someone follows me home");
    Map<String, Object> row =
        jdbc.queryForMap(
            "select name_index, phone_index, index_key_id from helpline_victim where id = ?",
            victim);
    assertThat(row.get("index_key_id")).isEqualTo(installed.currentIndexKeyId());
    assertThat(row.get("name_index")).isEqualTo(installed.blindIndex("name", "maria silva"));
    assertThat(row.get("phone_index")).isEqualTo(installed.blindIndex("phone", "00351912345678"));

    assertThat(output())
        .contains("helpline_case: 1 rows sealed again")
        .contains("helpline_victim: 2 rows sealed again")
        .contains("helpline_victim (blind indexes): 2 rows sealed again")
        .contains("chat_message: 1 rows sealed again")
        .contains("(100.0 %)")
        .contains("Done")
        .doesNotContain("Maria")
        .doesNotContain("Attacked");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from platform_key_rotation where finished_at is null",
                Integer.class))
        .isZero();
  }

  @Test
  void aRunStoppedHalfwayResumesWhereItStopped() {
    UUID organisation = UUID.randomUUID();
    List<UUID> victims = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      victims.add(insertVictim(organisation, "Person " + i, null));
    }
    assertThat(staleRows()).as("three rows to seal again, three to index again").isEqualTo(6);

    assertThat(run("--batch-size", "1", "--limit", "2")).as("stopped by --limit").isEqualTo(3);

    assertThat(staleRows()).isEqualTo(4);
    Map<String, Object> stopped =
        jdbc.queryForMap(
            "select id, rows_done, rows_total from platform_key_rotation where finished_at is null");
    assertThat(stopped.get("rows_done")).isEqualTo(2L);
    assertThat(stopped.get("rows_total")).isEqualTo(6L);
    assertThat(output()).contains("2 / 6 rows (33.3 %)").contains("run the command again");
    output.reset();

    assertThat(run("--batch-size", "1")).isZero();

    assertThat(staleRows()).isZero();
    assertThat(output())
        .contains("Resuming the rotation to " + installed.currentKeyId() + ": 2 rows done before")
        .contains("3 / 6 rows (50.0 %)")
        .contains("6 / 6 rows (100.0 %)");
    Map<String, Object> finished =
        jdbc.queryForMap(
            "select rows_done, rows_total, finished_at from platform_key_rotation where id = ?",
            stopped.get("id"));
    assertThat(finished.get("rows_done")).isEqualTo(6L);
    assertThat(finished.get("rows_total")).isEqualTo(6L);
    assertThat(finished.get("finished_at")).isNotNull();
    for (int i = 0; i < 3; i++) {
      assertOpens("helpline_victim", "full_name_sealed", victims.get(i), "Person " + i);
    }
  }

  @Test
  void aValueThatDoesNotOpenStopsTheRunNamingWhereItIsButNotWhatItHolds() {
    UUID organisation = UUID.randomUUID();
    UUID victim = insertVictim(organisation, "Ana Lima", null);
    String copied = old.seal("Ana Lima", "helpline_victim.full_name_sealed:" + UUID.randomUUID());
    jdbc.update("update helpline_victim set full_name_sealed = ? where id = ?", copied, victim);

    assertThat(run()).isEqualTo(1);

    assertThat(output())
        .contains("FAILED")
        .contains("table helpline_victim, column full_name_sealed, row " + victim)
        .doesNotContain("Ana")
        .doesNotContain(copied);
    assertThat(keyId("helpline_victim", victim)).isEqualTo("old2025");
    assertThat(audit.latest(null, 5))
        .as("the failed run is in the audit trail, naming where, not what")
        .anySatisfy(
            entry -> {
              assertThat(entry.action()).isEqualTo("keys.rotation-failed");
              assertThat(entry.detail()).contains("row " + victim).doesNotContain("Ana");
            });

    jdbc.update("delete from helpline_victim where id = ?", victim);
    assertThat(run()).isZero();
  }

  @Test
  void badArgumentsAreRefusedWithTheUsage() {
    assertThat(run("--batch-size", "0")).isEqualTo(2);
    assertThat(run("--fast")).isEqualTo(2);
    assertThat(output()).contains("Unknown argument: --fast").contains("Usage: command:");
  }

  private int run(String... arguments) {
    KeyRotationCommand command =
        new KeyRotationCommand(
            sealedTables, jdbc, transactionManager, rotating, steps, events, clock);
    return command.run(List.of(arguments), new PrintStream(output, true, StandardCharsets.UTF_8));
  }

  private String output() {
    return output.toString(StandardCharsets.UTF_8);
  }

  private UUID insertVictim(UUID organisation, String name, String phone) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "insert into helpline_victim (id, organisation_id, reference, full_name_sealed,"
            + " phone_sealed, email_sealed, name_index, phone_index, key_id, index_key_id,"
            + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        id,
        organisation,
        "V-" + id,
        old.seal(name, "helpline_victim.full_name_sealed:" + id),
        old.seal(phone, "helpline_victim.phone_sealed:" + id),
        old.seal("someone@example.org", "helpline_victim.email_sealed:" + id),
        old.blindIndex("name", name),
        old.blindIndex("phone", phone),
        old.currentKeyId(),
        old.currentIndexKeyId(),
        now,
        now);
    return id;
  }

  private UUID insertCase(UUID organisation, UUID victim, String summary, String place) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "insert into helpline_case (id, organisation_id, reference, victim_id, status,"
            + " cross_border, summary_sealed, crime_place_sealed, key_id, opened_at,"
            + " last_activity_at, version) values (?, ?, ?, ?, 'OPEN', false, ?, ?, ?, ?, ?, 0)",
        id,
        organisation,
        "C-" + id,
        victim,
        old.seal(summary, "helpline_case.summary_sealed:" + id),
        old.seal(place, "helpline_case.crime_place_sealed:" + id),
        old.currentKeyId(),
        now,
        now);
    return id;
  }

  private UUID insertContact(UUID organisation, String note, String transcript) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "insert into helpline_contact (id, organisation_id, channel, direction, started_at,"
            + " anonymous, note_sealed, transcript_sealed, key_id, recorded_at, version)"
            + " values (?, ?, 'PHONE', 'INBOUND', ?, false, ?, ?, ?, ?, 0)",
        id,
        organisation,
        now,
        old.seal(note, "helpline_contact.note_sealed:" + id),
        old.seal(transcript, "helpline_contact.transcript_sealed:" + id),
        old.currentKeyId(),
        now);
    return id;
  }

  private UUID insertConversation(UUID organisation, String ratingComment) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into chat_conversation (id, organisation_id, kind, state, language, topic,"
            + " visitor_token_hash, queued_at, rating, rating_comment_sealed, key_id, version)"
            + " values (?, ?, 'LIVE', 'ENDED', 'pt', 'GENERAL', ?, ?, 5, ?, ?, 0)",
        id,
        organisation,
        id.toString().replace("-", ""),
        Timestamp.from(Instant.now()),
        old.seal(ratingComment, "chat_conversation.rating_comment_sealed:" + id),
        old.currentKeyId());
    return id;
  }

  private UUID insertChatMessage(UUID organisation, UUID conversation, String body) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into chat_message (id, organisation_id, conversation_id, seq, sender,"
            + " sender_side, body_sealed, key_id, sent_at)"
            + " values (?, ?, ?, 1, 'VISITOR', 'VISITOR', ?, ?, ?)",
        id,
        organisation,
        conversation,
        old.seal(body, "chat_message.body_sealed:" + id),
        old.currentKeyId(),
        Timestamp.from(Instant.now()));
    return id;
  }

  private void assertOpens(String table, String column, UUID id, String expected) {
    String sealed =
        jdbc.queryForObject(
            "select " + column + " from " + table + " where id = ?", String.class, id);
    assertThat(sealed).startsWith(installed.currentKeyId() + ".");
    assertThat(installed.open(sealed, table + "." + column + ":" + id)).isEqualTo(expected);
  }

  private String keyId(String table, UUID id) {
    return jdbc.queryForObject("select key_id from " + table + " where id = ?", String.class, id);
  }

  private String cipherKeyOf(String table, UUID id) {
    return installed.keyIdOf(
        jdbc.queryForObject(
            "select full_name_sealed from " + table + " where id = ?", String.class, id));
  }

  /** Rows to seal again in every sealed table, and victims to index again. */
  private long staleRows() {
    long stale = 0;
    for (SealedTables.SealedTable table : sealedTables.find()) {
      stale +=
          jdbc.queryForObject(
              "select count(*) from " + table.name() + " where key_id is null or key_id <> ?",
              Long.class,
              installed.currentKeyId());
    }
    return stale
        + jdbc.queryForObject(
            "select count(*) from helpline_victim where index_key_id is null or index_key_id <> ?",
            Long.class,
            installed.currentIndexKeyId());
  }

  private static String key(int seed) {
    byte[] bytes = new byte[32];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (seed * 13 + i * 5);
    }
    return Base64.getEncoder().encodeToString(bytes);
  }
}
