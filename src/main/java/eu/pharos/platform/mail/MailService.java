package eu.pharos.platform.mail;

import eu.pharos.platform.Mailer;
import eu.pharos.platform.Outbox;
import eu.pharos.platform.OutboxMessage;
import eu.pharos.platform.OutgoingMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stores every message in the sender's transaction, then hands SMTP mail to the dispatcher. */
@Service
class MailService implements Mailer, Outbox {

  private final MailMessageRepository messages;
  private final MailDispatcher dispatcher;
  private final Clock clock;
  private final boolean keepInOutbox;

  MailService(
      MailMessageRepository messages,
      MailDispatcher dispatcher,
      Clock clock,
      @Value("${pharos.mail.mode}") String mode) {
    this.messages = messages;
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.keepInOutbox = !"smtp".equalsIgnoreCase(mode);
  }

  @Override
  @Transactional
  public void send(OutgoingMail mail) {
    MailMessage message = messages.save(new MailMessage(mail, keepInOutbox, Instant.now(clock)));
    if (keepInOutbox) {
      return;
    }
    UUID id = message.id();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              dispatcher.trySend(id);
            }
          });
    }
  }

  @Override
  @Transactional(readOnly = true)
  public List<OutboxMessage> latest(int limit) {
    return messages
        .findByStatusOrderByCreatedAtDesc(
            MailMessage.Status.OUTBOX, Limit.of(Math.max(1, Math.min(limit, 200))))
        .stream()
        .map(MailMessage::view)
        .toList();
  }

  /** Messages whose first attempt failed or never ran (a node stopped) are retried here. */
  @Transactional(readOnly = true)
  List<UUID> dueForRetry(Duration olderThan) {
    return messages
        .findByStatusAndCreatedAtBeforeOrderByCreatedAtAsc(
            MailMessage.Status.PENDING, Instant.now(clock).minus(olderThan), Limit.of(100))
        .stream()
        .map(MailMessage::id)
        .toList();
  }
}
