package eu.pharos.referral.web.api;

import eu.pharos.referral.ReferralWebhookDelivery;
import eu.pharos.referral.ReferralWebhookView;
import eu.pharos.referral.ReferralWebhooks;
import eu.pharos.referral.RegisteredReferralWebhook;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The organisation's referral webhooks: organisation admins register and remove them, admins and
 * supervisors read them and their deliveries (the roles are on {@link ReferralWebhooks}). A webhook
 * of another organisation is 404.
 */
@Tag(
    name = "Referral webhooks",
    description = "Signed calls to the organisation's case system when a referral changes status")
@ApiController("referralWebhookApiController")
@RequestMapping("/api/v1/referral-webhooks")
class ReferralWebhookApiController {

  private final ReferralWebhooks webhooks;

  ReferralWebhookApiController(ReferralWebhooks webhooks) {
    this.webhooks = webhooks;
  }

  @Operation(summary = "The organisation's webhooks, without their secrets")
  @GetMapping
  List<ReferralWebhookView> list() {
    return webhooks.list();
  }

  @Operation(
      summary = "Register a webhook (organisation admins); the response shows its secret once",
      description =
          "Only https addresses. Requests are signed as Standard Webhooks define it: headers"
              + " webhook-id, webhook-timestamp and webhook-signature (v1,<base64 HMAC-SHA256 of"
              + " id.timestamp.body under the secret>).")
  @PostMapping
  ResponseEntity<RegisteredReferralWebhook> register(@RequestBody RegisterRequest request) {
    RegisteredReferralWebhook registered = webhooks.register(request.url());
    return ResponseEntity.created(
            URI.create("/api/v1/referral-webhooks/" + registered.webhook().id()))
        .body(registered);
  }

  @Operation(summary = "Remove a webhook (organisation admins); its pending deliveries stop")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable UUID id) {
    webhooks.remove(id);
  }

  @Operation(summary = "The webhook's recent deliveries, newest first, with status and attempts")
  @GetMapping("/{id}/deliveries")
  List<ReferralWebhookDelivery> deliveries(
      @PathVariable UUID id,
      @Parameter(description = "1 to 100") @RequestParam(defaultValue = "50") int limit) {
    return webhooks.deliveries(id, limit);
  }

  /**
   * @param url an https address of the organisation's case system
   */
  record RegisterRequest(String url) {}
}
