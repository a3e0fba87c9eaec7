package eu.pharos.referral;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** An unknown or removed webhook, or one of another organisation. */
public class ReferralWebhookNotFound extends RecordNotFound {

  public ReferralWebhookNotFound(UUID id) {
    super("no active referral webhook " + id + " in this organisation");
  }
}
