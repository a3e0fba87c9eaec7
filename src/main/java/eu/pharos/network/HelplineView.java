package eu.pharos.network;

import java.util.List;
import java.util.UUID;

/**
 * A telephone helpline as its own record.
 *
 * @param number as dialled in the country, e.g. "116 006"
 * @param harmonised whether it is the EU-harmonised 116 006 line
 * @param languages ISO 639-1 codes of the languages answered
 * @param contactVerified false until an administrator confirmed the number and hours: real
 *     organisations' details shipped with Pharos are "to verify before production"
 */
public record HelplineView(
    UUID id,
    UUID organisationId,
    String organisationName,
    String countryCode,
    String number,
    boolean harmonised,
    List<String> languages,
    OpeningHours hours,
    CallCost cost,
    boolean contactVerified) {

  /** The number as a {@code tel:} link target: digits only, with a leading + kept. */
  public String telLink() {
    return "tel:" + number.replaceAll("[^0-9+]", "");
  }
}
