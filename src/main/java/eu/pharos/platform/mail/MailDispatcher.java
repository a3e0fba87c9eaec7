package eu.pharos.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Sends one stored message through SMTP and records the outcome. */
@Component
class MailDispatcher {

  static final int MAX_ATTEMPTS = 8;

  private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

  private final MailMessageRepository messages;
  private final JavaMailSender sender;
  private final Clock clock;
  private final String from;

  MailDispatcher(
      MailMessageRepository messages,
      JavaMailSender sender,
      Clock clock,
      @Value("${pharos.mail.from}") String from) {
    this.messages = messages;
    this.sender = sender;
    this.clock = clock;
    this.from = from;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void trySend(UUID id) {
    MailMessage message = messages.findById(id).orElse(null);
    if (message == null || message.status() != MailMessage.Status.PENDING) {
      return;
    }
    try {
      MimeMessage mime = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
      helper.setFrom(new InternetAddress(from));
      helper.setTo(message.recipient());
      helper.setSubject(message.subject());
      helper.setText(message.body(), false);
      sender.send(mime);
      message.sent(Instant.now(clock));
    } catch (MailException | MessagingException e) {
      log.warn("Sending mail {} failed: {}", id, e.getMessage());
      message.failedAttempt(e.getClass().getSimpleName() + ": " + e.getMessage(), MAX_ATTEMPTS);
    }
  }
}
