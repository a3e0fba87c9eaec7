package eu.pharos.chat.figures;

import eu.pharos.chat.ChatEnded;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The waits of finished conversations, one row each: no text, no person. */
@Component
class WaitRecords {

  private final JdbcTemplate jdbc;

  WaitRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps the wait of an ended conversation; one already kept is not kept twice. */
  @Transactional
  void record(ChatEnded ended) {
    Integer known =
        jdbc.queryForObject(
            "select count(*) from chat_wait_record where conversation_id = ?",
            Integer.class,
            ended.conversationId());
    if (known != null && known > 0) {
      return;
    }
    jdbc.update(
        "insert into chat_wait_record"
            + " (conversation_id, organisation_id, answered, waited_seconds, ended_at)"
            + " values (?, ?, ?, ?, ?)",
        ended.conversationId(),
        ended.organisationId(),
        ended.answered(),
        ended.waitedSeconds(),
        Timestamp.from(ended.endedAt()));
  }
}
