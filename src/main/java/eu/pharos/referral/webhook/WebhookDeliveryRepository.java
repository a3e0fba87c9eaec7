package eu.pharos.referral.webhook;

import eu.pharos.referral.WebhookDeliveryStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, UUID> {

  boolean existsByWebhookIdAndEventId(UUID webhookId, UUID eventId);

  List<WebhookDelivery> findByWebhookIdOrderByCreatedAtDesc(UUID webhookId, Pageable page);

  List<WebhookDelivery> findByWebhookIdAndStatus(UUID webhookId, WebhookDeliveryStatus status);

  List<WebhookDelivery> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
      WebhookDeliveryStatus status, Instant now, Pageable page);
}
