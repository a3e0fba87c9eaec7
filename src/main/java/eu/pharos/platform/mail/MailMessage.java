package eu.pharos.platform.mail;

import eu.pharos.platform.OutboxMessage;
import eu.pharos.platform.OutgoingMail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "platform_mail")
class MailMessage {

  enum Status {
    /** Kept in embedded mode, for an administrator to read. */
    OUTBOX,
    /** Waiting to be sent (or retried) through SMTP. */
    PENDING,
    SENT,
    /** Gave up after too many attempts. */
    FAILED
  }

  @Id private UUID id;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected MailMessage() {}

  MailMessage(OutgoingMail mail, boolean keepInOutbox, Instant now) {
    this.id = UUID.randomUUID();
    this.recipient = mail.to();
    this.subject = mail.subject();
    this.body = mail.body();
    this.status = keepInOutbox ? Status.OUTBOX : Status.PENDING;
    this.createdAt = now;
  }

  /** Delivered: the body (which may hold a sign-in link) is not kept. */
  void sent(Instant now) {
    status = Status.SENT;
    sentAt = now;
    body = null;
    lastError = null;
  }

  void failedAttempt(String error, int maxAttempts) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    if (attempts >= maxAttempts) {
      status = Status.FAILED;
      body = null;
    }
  }

  UUID id() {
    return id;
  }

  String recipient() {
    return recipient;
  }

  String subject() {
    return subject;
  }

  String body() {
    return body;
  }

  Status status() {
    return status;
  }

  OutboxMessage view() {
    return new OutboxMessage(id, recipient, subject, body, status.name(), createdAt);
  }
}
