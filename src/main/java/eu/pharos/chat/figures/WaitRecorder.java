package eu.pharos.chat.figures;

import eu.pharos.chat.ChatEnded;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the wait of every finished conversation for the supervisor's figures of the day. */
@Component
class WaitRecorder {

  private final JdbcTemplate jdbc;

  WaitRecorder(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @ApplicationModuleListener
  void on(ChatEnded ended) {
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
