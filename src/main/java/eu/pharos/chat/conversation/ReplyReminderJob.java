package eu.pharos.chat.conversation;

import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On one node of the cluster, reminds staff of written conversations whose reply is due within the
 * hour or overdue: the advisor who has the conversation, or the organisation's supervisors when
 * nobody has it. Each due time is reminded once; the update that marks it decides, so that two runs
 * that overlap (a lock that expired) still remind once.
 */
@Component
class ReplyReminderJob {

  static final String LOCK = "chat.reply-reminders";
  static final Duration AHEAD = Duration.ofHours(1);

  private static final String DUE =
      " kind = 'WRITTEN' and state in ('QUEUED', 'AWAITING_REPLY') and reply_due_at is not null"
          + " and reply_due_at <= ? and (reminded_reply_due_at is null"
          + " or reminded_reply_due_at <> reply_due_at)";

  private static final Logger log = LoggerFactory.getLogger(ReplyReminderJob.class);

  private final JdbcTemplate jdbc;
  private final StaffAlerts alerts;
  private final TransactionTemplate tx;
  private final Clock clock;

  ReplyReminderJob(
      JdbcTemplate jdbc, StaffAlerts alerts, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.alerts = alerts;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Scheduled(cron = "${pharos.chat.reminders.reply-cron:0 */10 * * * *}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT9M", lockAtLeastFor = "PT30S")
  public void scheduled() {
    int reminded = run();
    if (reminded > 0) {
      log.info("Reminded staff of {} written conversations awaiting a reply", reminded);
    }
  }

  /** How many conversations were reminded. */
  public int run() {
    Timestamp horizon = Timestamp.from(Instant.now(clock).plus(AHEAD));
    List<Due> due =
        jdbc.query(
            "select id, organisation_id, advisor_id from chat_conversation where" + DUE,
            (rs, i) ->
                new Due(
                    rs.getObject("id", UUID.class),
                    rs.getObject("organisation_id", UUID.class),
                    rs.getObject("advisor_id", UUID.class)),
            horizon);
    int reminded = 0;
    for (Due conversation : due) {
      Boolean done =
          TenantContext.runAs(
              conversation.organisationId(),
              () -> tx.execute(status -> remind(conversation, horizon)));
      if (Boolean.TRUE.equals(done)) {
        reminded++;
      }
    }
    return reminded;
  }

  private boolean remind(Due conversation, Timestamp horizon) {
    int marked =
        jdbc.update(
            "update chat_conversation set reminded_reply_due_at = reply_due_at"
                + " where id = ? and organisation_id = ? and"
                + DUE,
            conversation.id(),
            conversation.organisationId(),
            horizon);
    if (marked == 0) {
      return false;
    }
    alerts.replyDue(conversation.organisationId(), conversation.id(), conversation.advisorId());
    return true;
  }

  private record Due(UUID id, UUID organisationId, UUID advisorId) {}
}
