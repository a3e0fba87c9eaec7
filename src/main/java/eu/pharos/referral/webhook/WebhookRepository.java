package eu.pharos.referral.webhook;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookRepository extends JpaRepository<Webhook, UUID> {

  List<Webhook> findByActiveTrueOrderByCreatedAtAsc();

  Optional<Webhook> findByIdAndActiveTrue(UUID id);
}
