package eu.pharos.referral.webhook;

import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatusChanged;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a delivery for every active webhook of both organisations of a referral whose status
 * changed, after the change commits (the event publication registry hands the event again after a
 * restart; the message id keeps it from being stored twice). Sending is the job's work.
 */
@Component
class WebhookEvents {

  private final WebhookRepository webhooks;
  private final WebhookDeliveryRepository deliveries;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  WebhookEvents(
      WebhookRepository webhooks,
      WebhookDeliveryRepository deliveries,
      PlatformTransactionManager transactionManager,
      JsonMapper json,
      Clock clock) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.json = json;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ReferralStatusChanged event) {
    enqueue(event);
  }

  /** Returns how many deliveries were stored. */
  int enqueue(ReferralStatusChanged event) {
    int stored = enqueue(event, event.senderOrganisationId(), ReferralSide.SENDER);
    if (!event.receiverOrganisationId().equals(event.senderOrganisationId())) {
      stored += enqueue(event, event.receiverOrganisationId(), ReferralSide.RECEIVER);
    }
    return stored;
  }

  private int enqueue(ReferralStatusChanged event, UUID organisationId, ReferralSide side) {
    WebhookPayload payload = WebhookPayload.of(event, side);
    String body = json.writeValueAsString(payload);
    Instant now = Instant.now(clock);
    // A new transaction in the organisation's scope: the listener's own transaction opened its
    // session before the scope was set, so it sees nobody's webhooks.
    return TenantContext.runAs(
        organisationId,
        () ->
            transactions.execute(
                status -> {
                  int stored = 0;
                  for (Webhook webhook : webhooks.findByActiveTrueOrderByCreatedAtAsc()) {
                    if (deliveries.existsByWebhookIdAndEventId(webhook.id(), payload.id())) {
                      continue;
                    }
                    deliveries.save(
                        new WebhookDelivery(
                            webhook.id(),
                            payload.id(),
                            payload.type(),
                            event.referralId(),
                            body,
                            now));
                    stored++;
                  }
                  return stored;
                }));
  }
}
