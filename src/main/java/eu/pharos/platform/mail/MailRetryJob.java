package eu.pharos.platform.mail;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retries SMTP messages that are still pending a minute after they were queued. */
@Component
class MailRetryJob {

  private final MailService mail;
  private final MailDispatcher dispatcher;
  private final boolean smtp;

  MailRetryJob(
      MailService mail, MailDispatcher dispatcher, @Value("${pharos.mail.mode}") String mode) {
    this.mail = mail;
    this.dispatcher = dispatcher;
    this.smtp = "smtp".equalsIgnoreCase(mode);
  }

  @Scheduled(fixedDelayString = "${pharos.mail.retry-every:PT1M}", initialDelay = 60_000)
  void retryPending() {
    if (smtp) {
      mail.dueForRetry(Duration.ofMinutes(1)).forEach(dispatcher::trySend);
    }
  }
}
