package eu.pharos.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one webhook and how its delivery went.
 *
 * @param eventId the message's id, sent as {@code webhook-id}; the same on every attempt
 * @param type {@code referral.sent}, {@code referral.status-changed} or {@code
 *     referral.consent-withdrawn}
 * @param payload the JSON body sent, which holds no personal data
 * @param nextAttemptAt when the next attempt is due; null once delivered or failed
 * @param lastStatusCode the HTTP status of the last answer; null when none came
 * @param lastError why the last attempt failed; null after a success
 */
public record ReferralWebhookDelivery(
    UUID id,
    UUID webhookId,
    UUID eventId,
    String type,
    UUID referralId,
    String payload,
    WebhookDeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Integer lastStatusCode,
    String lastError,
    Instant createdAt,
    Instant deliveredAt) {}
