package eu.pharos.referral;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** An unknown referral, or one the caller's organisation neither sent nor received. */
public class ReferralNotFound extends RecordNotFound {

  public ReferralNotFound(UUID id) {
    super("no referral " + id + " sent or received by this organisation");
  }
}
