package eu.pharos.referral.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralStatusChanged;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The body of a webhook message: what changed on which referral, for which side. No personal data:
 * the receiver reads the referral through the API for anything else.
 *
 * @param id the message id, also sent as {@code webhook-id}; the same for both sides' webhooks
 * @param side which end of the referral the webhook's organisation is
 * @param previousStatus null for {@code referral.sent}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record WebhookPayload(
    UUID id,
    String type,
    Instant at,
    UUID referralId,
    String reference,
    ReferralSide side,
    ReferralStatus previousStatus,
    ReferralStatus status,
    boolean consentWithdrawn) {

  static final String SENT = "referral.sent";
  static final String STATUS_CHANGED = "referral.status-changed";
  static final String CONSENT_WITHDRAWN = "referral.consent-withdrawn";

  static WebhookPayload of(ReferralStatusChanged event, ReferralSide side) {
    return new WebhookPayload(
        eventId(event),
        type(event),
        event.at(),
        event.referralId(),
        event.reference(),
        side,
        event.previous(),
        event.status(),
        event.consentWithdrawn());
  }

  static String type(ReferralStatusChanged event) {
    if (event.consentWithdrawn()) {
      return CONSENT_WITHDRAWN;
    }
    return event.previous() == null ? SENT : STATUS_CHANGED;
  }

  /**
   * The same id whenever the same change is handled, so that an event delivered to the listener
   * twice (after a restart) is stored once per webhook.
   */
  static UUID eventId(ReferralStatusChanged event) {
    String key =
        String.join(
            "|",
            "referral-status-changed",
            String.valueOf(event.referralId()),
            String.valueOf(event.previous()),
            String.valueOf(event.status()),
            String.valueOf(event.consentWithdrawn()),
            String.valueOf(event.at()));
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }
}
