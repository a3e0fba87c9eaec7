package eu.pharos.chat.settings;

import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chat settings of the caller's organisation, in the chat's own {@code chat_settings} row
 * (which the conversations read for retention, masking and reply targets): read by its staff (the
 * emergency protocol is shown to advisors), changed by its admins. A version of 0 means the row
 * does not exist yet.
 */
@Service
public class ChatConsoleSettings {

  private static final RowMapper<ConsoleSettings> ROW =
      (rs, n) ->
          new ConsoleSettings(
              rs.getInt("transcript_retention_days"),
              rs.getBoolean("mask_contact_details"),
              rs.getInt("reply_target_hours"),
              rs.getString("emergency_protocol"),
              rs.getLong("version"));

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ChatConsoleSettings(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR', 'ORG_ADMIN')")
  @Transactional(readOnly = true)
  public ConsoleSettings current() {
    return find(TenantContext.current()).orElse(ConsoleSettings.defaults());
  }

  /**
   * @throws InvalidInput for a retention outside 0 to 3650 days, a reply target outside 1 to 168
   *     hours, or a protocol over 4 000 characters
   * @throws ConcurrentChange when another admin saved since {@code changed.version()}
   */
  @PreAuthorize("hasRole('ORG_ADMIN')")
  @Transactional
  public ConsoleSettings save(ConsoleSettings changed) {
    validate(changed);
    UUID organisation = TenantContext.current();
    Optional<ConsoleSettings> stored = find(organisation);
    Timestamp now = Timestamp.from(Instant.now(clock));
    String protocol =
        changed.emergencyProtocol() == null ? "" : changed.emergencyProtocol().strip();
    if (stored.isEmpty()) {
      if (changed.version() != 0) {
        throw new ConcurrentChange(0, ConsoleSettings.defaults());
      }
      jdbc.update(
          "insert into chat_settings (organisation_id, transcript_retention_days,"
              + " mask_contact_details, reply_target_hours, emergency_protocol, version, updated_at)"
              + " values (?, ?, ?, ?, ?, 1, ?)",
          organisation,
          changed.retentionDays(),
          changed.maskContactDetails(),
          changed.replyTargetHours(),
          protocol,
          now);
    } else {
      int updated =
          jdbc.update(
              "update chat_settings set transcript_retention_days = ?, mask_contact_details = ?,"
                  + " reply_target_hours = ?, emergency_protocol = ?,"
                  + " version = version + 1, updated_at = ?"
                  + " where organisation_id = ? and version = ?",
              changed.retentionDays(),
              changed.maskContactDetails(),
              changed.replyTargetHours(),
              protocol,
              now,
              organisation,
              changed.version());
      if (updated == 0) {
        ConsoleSettings current = find(organisation).orElseThrow();
        throw new ConcurrentChange(current.version(), current);
      }
    }
    return find(organisation).orElseThrow();
  }

  private Optional<ConsoleSettings> find(UUID organisation) {
    return jdbc
        .query("select * from chat_settings where organisation_id = ?", ROW, organisation)
        .stream()
        .findFirst();
  }

  private static void validate(ConsoleSettings settings) {
    List<InvalidInput.Problem> problems = new ArrayList<>();
    if (settings.retentionDays() < 0 || settings.retentionDays() > ConsoleSettings.RETENTION_MAX) {
      problems.add(
          InvalidInput.Problem.of(
              "retentionDays", "chat.settings.error.retention", 0, ConsoleSettings.RETENTION_MAX));
    }
    if (settings.replyTargetHours() < 1
        || settings.replyTargetHours() > ConsoleSettings.REPLY_TARGET_MAX) {
      problems.add(
          InvalidInput.Problem.of(
              "replyTargetHours",
              "chat.settings.error.replyTarget",
              1,
              ConsoleSettings.REPLY_TARGET_MAX));
    }
    if (settings.emergencyProtocol() != null
        && settings.emergencyProtocol().strip().length() > ConsoleSettings.PROTOCOL_MAX) {
      problems.add(
          InvalidInput.Problem.of(
              "emergencyProtocol", "chat.settings.error.protocol", ConsoleSettings.PROTOCOL_MAX));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }
}
