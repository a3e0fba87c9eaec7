package eu.pharos.referral;

/**
 * A webhook just registered.
 *
 * @param secret the signing secret ({@code whsec_<base64>}, as Standard Webhooks libraries take
 *     it); shown this once only
 */
public record RegisteredReferralWebhook(ReferralWebhookView webhook, String secret) {

  @Override
  public String toString() {
    return "RegisteredReferralWebhook[" + webhook + "]";
  }
}
