package eu.pharos.chat.conversation;

import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On one node of the cluster, deletes the messages of conversations that ended longer ago than
 * their organisation keeps transcripts (0: as soon as they are filed). A filed conversation's
 * transcript lives on in the helpline contact, under the helpline's own retention; a conversation
 * nobody answered has nothing to file. Ended conversations not yet filed keep their messages.
 */
@Component
class TranscriptRetentionJob {

  static final String LOCK = "chat.transcript-retention";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  TranscriptRetentionJob(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Scheduled(cron = "${pharos.chat.retention.cron:0 10 * * * *}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
  public void scheduled() {
    TenantContext.runAsSystem(this::run);
  }

  /** How many conversations lost their messages. */
  @Transactional
  public int run() {
    Instant now = Instant.now(clock);
    List<Map<String, Object>> due =
        jdbc.queryForList(
            "select c.id, c.ended_at, coalesce(s.transcript_retention_days, ?) as days"
                + " from chat_conversation c left join chat_settings s"
                + " on s.organisation_id = c.organisation_id"
                + " where c.messages_deleted_at is null and c.ended_at is not null"
                + " and ((c.state = 'ENDED' and c.contact_id is not null)"
                + " or c.state = 'ABANDONED')",
            ChatSettings.DEFAULT_RETENTION_DAYS);
    int done = 0;
    for (Map<String, Object> row : due) {
      Instant ended = ((Timestamp) toTimestamp(row.get("ended_at"))).toInstant();
      int days = ((Number) row.get("days")).intValue();
      if (ended.plus(Duration.ofDays(days)).isAfter(now)) {
        continue;
      }
      UUID id = (UUID) row.get("id");
      jdbc.update("delete from chat_message where conversation_id = ?", id);
      jdbc.update(
          "update chat_conversation set messages_deleted_at = ? where id = ?",
          Timestamp.from(now),
          id);
      done++;
    }
    return done;
  }

  private static Object toTimestamp(Object value) {
    if (value instanceof java.time.OffsetDateTime odt) {
      return Timestamp.from(odt.toInstant());
    }
    return value;
  }
}
