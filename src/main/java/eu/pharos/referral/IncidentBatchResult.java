package eu.pharos.referral;

import java.util.List;
import java.util.UUID;

/**
 * What a batch referral of one country did: a referral per person sent, and the persons skipped
 * with the reason. Names no person, only their victim reference, which only their organisation
 * reads.
 */
public record IncidentBatchResult(
    UUID incidentId,
    String countryCode,
    UUID receiverOrganisationId,
    String receiverOrganisationName,
    List<Sent> sent,
    List<Skipped> skipped) {

  public IncidentBatchResult {
    sent = List.copyOf(sent);
    skipped = List.copyOf(skipped);
  }

  public record Sent(UUID personId, String victimReference, UUID referralId, String reference) {}

  public record Skipped(UUID personId, String victimReference, Reason reason) {}

  /** Why a person was not referred. */
  public enum Reason {
    NO_CONSENT,
    CONSENT_EXPIRED,
    ALREADY_REFERRED,
    REFUSED;

    public String messageKey() {
      return "incident.skip." + name();
    }
  }
}
