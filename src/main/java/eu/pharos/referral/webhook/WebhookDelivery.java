package eu.pharos.referral.webhook;

import eu.pharos.referral.ReferralWebhookDelivery;
import eu.pharos.referral.WebhookDeliveryStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One message to one webhook: stored before its first attempt, then delivered, retried after a
 * growing delay, or given up after the last attempt.
 */
@Entity
@Table(name = "referral_webhook_delivery")
class WebhookDelivery {

  static final int MAX_ERROR_LENGTH = 500;

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private UUID webhookId;

  @Column(nullable = false, updatable = false)
  private UUID eventId;

  @Column(nullable = false, updatable = false)
  private String eventType;

  @Column(nullable = false, updatable = false)
  private UUID referralId;

  @Column(nullable = false, updatable = false)
  private String payload;

  @Column(nullable = false)
  private int attempts;

  private Instant nextAttemptAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WebhookDeliveryStatus status;

  private Integer lastStatusCode;
  private String lastError;
  private Instant lastAttemptAt;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  private Instant deliveredAt;

  @Version private long version;

  protected WebhookDelivery() {}

  /** A delivery due at once. */
  WebhookDelivery(
      UUID webhookId,
      UUID eventId,
      String eventType,
      UUID referralId,
      String payload,
      Instant now) {
    this.id = UUID.randomUUID();
    this.webhookId = webhookId;
    this.eventId = eventId;
    this.eventType = eventType;
    this.referralId = referralId;
    this.payload = payload;
    this.status = WebhookDeliveryStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  void delivered(int statusCode, Instant now) {
    this.attempts++;
    this.lastAttemptAt = now;
    this.lastStatusCode = statusCode;
    this.lastError = null;
    this.status = WebhookDeliveryStatus.DELIVERED;
    this.deliveredAt = now;
    this.nextAttemptAt = null;
  }

  /**
   * Records a failed attempt and schedules the next, or gives up.
   *
   * @return true when this was the last attempt
   */
  boolean attemptFailed(Integer statusCode, String error, Instant now, RetrySchedule schedule) {
    this.attempts++;
    this.lastAttemptAt = now;
    this.lastStatusCode = statusCode;
    this.lastError = truncate(error);
    Instant next = schedule.nextAttempt(attempts, now);
    if (next == null) {
      this.status = WebhookDeliveryStatus.FAILED;
      this.nextAttemptAt = null;
      return true;
    }
    this.nextAttemptAt = next;
    return false;
  }

  /** The webhook was removed before this could be delivered. */
  void abandon(String reason) {
    this.status = WebhookDeliveryStatus.FAILED;
    this.nextAttemptAt = null;
    this.lastError = truncate(reason);
  }

  private static String truncate(String error) {
    return error == null || error.length() <= MAX_ERROR_LENGTH
        ? error
        : error.substring(0, MAX_ERROR_LENGTH);
  }

  ReferralWebhookDelivery view() {
    return new ReferralWebhookDelivery(
        id,
        webhookId,
        eventId,
        eventType,
        referralId,
        payload,
        status,
        attempts,
        nextAttemptAt,
        lastStatusCode,
        lastError,
        createdAt,
        deliveredAt);
  }

  UUID id() {
    return id;
  }

  UUID organisationId() {
    return organisationId;
  }

  UUID webhookId() {
    return webhookId;
  }

  UUID eventId() {
    return eventId;
  }

  UUID referralId() {
    return referralId;
  }

  String payload() {
    return payload;
  }

  WebhookDeliveryStatus status() {
    return status;
  }
}
