package eu.pharos.referral;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Webhooks of the caller's organisation: addresses of its own case system that Pharos calls,
 * signed, whenever a referral it sent or received changes status. A webhook of another organisation
 * is "not found", whatever its id. Deliveries are stored before any attempt and retried with
 * back-off; after the last attempt the organisation's admins are notified once.
 */
public interface ReferralWebhooks {

  String ADMINS = "hasRole('ORG_ADMIN')";
  String READERS = "hasAnyRole('ORG_ADMIN', 'SUPERVISOR')";

  /** How many active webhooks one organisation may have. */
  int MAX_PER_ORGANISATION = 5;

  /**
   * Registers an address for the caller's organisation; the result is the only place its signing
   * secret appears.
   *
   * @throws eu.pharos.shared.InvalidInput for a missing or malformed address, one that is not
   *     {@code https} (plain {@code http} only to the local machine, and only where Pharos is
   *     configured to allow it), an address the organisation has registered already, or more than
   *     {@link #MAX_PER_ORGANISATION}
   */
  @PreAuthorize(ADMINS)
  RegisteredReferralWebhook register(String url);

  /** The organisation's active webhooks, oldest first. */
  @PreAuthorize(READERS)
  List<ReferralWebhookView> list();

  /**
   * Removes a webhook: nothing more is sent to it, and its pending deliveries are given up.
   *
   * @throws ReferralWebhookNotFound for an unknown or removed id, or another organisation's
   */
  @PreAuthorize(ADMINS)
  void remove(UUID id);

  /**
   * The webhook's most recent deliveries, newest first.
   *
   * @param limit 1 to 100
   * @throws ReferralWebhookNotFound for an unknown or removed id, or another organisation's
   */
  @PreAuthorize(READERS)
  List<ReferralWebhookDelivery> deliveries(UUID webhookId, int limit);
}
