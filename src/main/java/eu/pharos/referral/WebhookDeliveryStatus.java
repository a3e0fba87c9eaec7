package eu.pharos.referral;

/** Where a webhook delivery stands. Stored by name: never rename an entry. */
public enum WebhookDeliveryStatus {
  /** Waiting for its first attempt or for a retry. */
  PENDING,
  /** The webhook answered 2xx. */
  DELIVERED,
  /** Every attempt failed, or the webhook was removed first. */
  FAILED
}
