package eu.pharos.referral.webhook;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.platform.Notifications;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.referral.WebhookDeliveryStatus;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries, across every organisation: reads a batch, posts each outside any
 * transaction (a slow webhook never holds a database connection), then records each outcome in the
 * delivery's organisation. A delivery given up after its last attempt notifies that organisation's
 * admins once, naming the webhook's address and the referral's id only.
 */
@Service
class WebhookDeliveries {

  static final String GIVEN_UP = "referral.webhooks.notification.failed";

  private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);

  private final WebhookRepository webhooks;
  private final WebhookDeliveryRepository deliveries;
  private final WebhookSender sender;
  private final WebhookSettings settings;
  private final PersonalDataCipher cipher;
  private final Users users;
  private final Notifications notifications;
  private final TransactionTemplate transactions;

  WebhookDeliveries(
      WebhookRepository webhooks,
      WebhookDeliveryRepository deliveries,
      WebhookSender sender,
      WebhookSettings settings,
      PersonalDataCipher cipher,
      Users users,
      Notifications notifications,
      PlatformTransactionManager transactionManager) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.sender = sender;
    this.settings = settings;
    this.cipher = cipher;
    this.users = users;
    this.notifications = notifications;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** What one attempt needs, read before sending. */
  private record Attempt(
      UUID deliveryId, UUID organisationId, String url, String secret, UUID eventId, String body) {}

  /** Attempts every delivery due by {@code now}, up to the batch size; returns how many. */
  int deliverDue(Instant now) {
    List<Attempt> due = due(now);
    for (Attempt attempt : due) {
      WebhookSender.Result result =
          sender.post(
              attempt.url(), attempt.secret(), attempt.eventId().toString(), attempt.body(), now);
      try {
        record(attempt, result, now);
      } catch (RuntimeException e) {
        // Removed meanwhile, say: the next run reads the delivery afresh; the others go on.
        log.warn("Could not record the attempt of webhook delivery {}", attempt.deliveryId(), e);
      }
    }
    return due.size();
  }

  private List<Attempt> due(Instant now) {
    return TenantContext.runAsSystem(
        () ->
            transactions.execute(
                status -> {
                  List<WebhookDelivery> pending =
                      deliveries.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
                          WebhookDeliveryStatus.PENDING,
                          now,
                          PageRequest.of(0, settings.batchSize()));
                  Map<UUID, Webhook> byId = new HashMap<>();
                  webhooks
                      .findAllById(pending.stream().map(WebhookDelivery::webhookId).toList())
                      .forEach(w -> byId.put(w.id(), w));
                  List<Attempt> attempts = new ArrayList<>();
                  for (WebhookDelivery delivery : pending) {
                    Webhook webhook = byId.get(delivery.webhookId());
                    if (webhook == null || !webhook.active()) {
                      delivery.abandon("webhook removed");
                      continue;
                    }
                    String secret;
                    try {
                      secret = webhook.secret(cipher);
                    } catch (IllegalStateException e) {
                      // Sealed with a key no longer configured: an operator's matter, not the
                      // member's; the delivery waits until the key is back.
                      log.error("The secret of webhook {} does not open", webhook.id());
                      continue;
                    }
                    attempts.add(
                        new Attempt(
                            delivery.id(),
                            delivery.organisationId(),
                            webhook.url(),
                            secret,
                            delivery.eventId(),
                            delivery.payload()));
                  }
                  return attempts;
                }));
  }

  private void record(Attempt attempt, WebhookSender.Result result, Instant now) {
    TenantContext.runAs(
        attempt.organisationId(),
        () ->
            transactions.executeWithoutResult(
                status -> {
                  WebhookDelivery delivery = deliveries.findById(attempt.deliveryId()).orElse(null);
                  if (delivery == null || delivery.status() != WebhookDeliveryStatus.PENDING) {
                    return;
                  }
                  if (result.delivered()) {
                    delivery.delivered(result.statusCode(), now);
                    return;
                  }
                  boolean givenUp =
                      delivery.attemptFailed(
                          result.statusCode(), result.error(), now, settings.retrySchedule());
                  if (givenUp) {
                    log.warn(
                        "Gave up webhook delivery {} to {} after the last attempt: {}",
                        delivery.id(),
                        attempt.url(),
                        result.error());
                    notifyAdmins(attempt, delivery);
                  }
                }));
  }

  private void notifyAdmins(Attempt attempt, WebhookDelivery delivery) {
    for (UserView user : users.inMyOrganisation()) {
      if (user.status() == UserStatus.ACTIVE && user.roles().contains(Role.ORG_ADMIN)) {
        notifications.notify(
            user.id(),
            GIVEN_UP,
            List.of(attempt.url(), delivery.referralId().toString()),
            "/api/v1/referral-webhooks/" + delivery.webhookId() + "/deliveries");
      }
    }
  }
}
