package eu.pharos.referral.webhook;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.referral.ReferralWebhookDelivery;
import eu.pharos.referral.ReferralWebhookNotFound;
import eu.pharos.referral.ReferralWebhookView;
import eu.pharos.referral.ReferralWebhooks;
import eu.pharos.referral.RegisteredReferralWebhook;
import eu.pharos.referral.WebhookDeliveryStatus;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The webhooks of the caller's organisation (tenant-filtered); every change is audited. */
@Service
class WebhookService implements ReferralWebhooks {

  static final String TARGET = "referral_webhook";

  private final WebhookRepository webhooks;
  private final WebhookDeliveryRepository deliveries;
  private final PersonalDataCipher cipher;
  private final WebhookSettings settings;
  private final AuditLog audit;
  private final Clock clock;

  WebhookService(
      WebhookRepository webhooks,
      WebhookDeliveryRepository deliveries,
      PersonalDataCipher cipher,
      WebhookSettings settings,
      AuditLog audit,
      Clock clock) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.cipher = cipher;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public RegisteredReferralWebhook register(String url) {
    URI checked = WebhookUrls.check(url, settings.addresses(HostResolver.SYSTEM));
    List<Webhook> active = webhooks.findByActiveTrueOrderByCreatedAtAsc();
    if (active.stream().anyMatch(w -> w.url().equals(checked.toString()))) {
      throw InvalidInput.of(WebhookUrls.FIELD, "referral.webhooks.error.url.duplicate");
    }
    if (active.size() >= MAX_PER_ORGANISATION) {
      throw InvalidInput.of(
          WebhookUrls.FIELD, "referral.webhooks.error.tooMany", MAX_PER_ORGANISATION);
    }
    String secret = WebhookSignature.newSecret();
    Webhook webhook =
        webhooks.save(
            new Webhook(checked.toString(), secret, userId(), Instant.now(clock), cipher));
    audit.record(
        AuditRecord.of("referral.webhook.registered", AuditOutcome.SUCCESS)
            .target(TARGET, webhook.id()));
    return new RegisteredReferralWebhook(webhook.view(), secret);
  }

  @Override
  @Transactional(readOnly = true)
  public List<ReferralWebhookView> list() {
    return webhooks.findByActiveTrueOrderByCreatedAtAsc().stream().map(Webhook::view).toList();
  }

  @Override
  @Transactional
  public void remove(UUID id) {
    Webhook webhook = webhooks.findByIdAndActiveTrue(id).orElseThrow(() -> notFound(id));
    webhook.remove(userId(), Instant.now(clock));
    for (WebhookDelivery pending :
        deliveries.findByWebhookIdAndStatus(id, WebhookDeliveryStatus.PENDING)) {
      pending.abandon("webhook removed");
    }
    audit.record(
        AuditRecord.of("referral.webhook.removed", AuditOutcome.SUCCESS).target(TARGET, id));
  }

  @Override
  @Transactional(readOnly = true)
  public List<ReferralWebhookDelivery> deliveries(UUID webhookId, int limit) {
    if (limit < 1 || limit > 100) {
      throw InvalidInput.of("limit", "referral.webhooks.error.limit", 1, 100);
    }
    webhooks.findByIdAndActiveTrue(webhookId).orElseThrow(() -> notFound(webhookId));
    return deliveries
        .findByWebhookIdOrderByCreatedAtDesc(webhookId, PageRequest.of(0, limit))
        .stream()
        .map(WebhookDelivery::view)
        .toList();
  }

  private static ReferralWebhookNotFound notFound(UUID id) {
    return new ReferralWebhookNotFound(id);
  }

  private static UUID userId() {
    return TenantContext.currentUser().map(StaffUser::userId).orElse(null);
  }
}
