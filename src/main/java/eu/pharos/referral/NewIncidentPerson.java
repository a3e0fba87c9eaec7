package eu.pharos.referral;

import eu.pharos.helpline.VictimDetails;
import java.util.UUID;

/**
 * A person to register to an incident.
 *
 * @param victimId an existing victim of the caller's organisation; null to register {@code details}
 *     as a new victim
 * @param details the new victim's details; ignored when {@code victimId} is given
 * @param residenceCountry ISO 3166-1 alpha-2; where they will be referred to support
 * @param language ISO 639-1; the language they need
 * @param consent their consent to be referred to support in their country; null when not given
 */
public record NewIncidentPerson(
    UUID victimId,
    VictimDetails details,
    IncidentPersonKind kind,
    String residenceCountry,
    String language,
    ReferralConsent consent) {

  public static NewIncidentPerson existing(
      UUID victimId,
      IncidentPersonKind kind,
      String residenceCountry,
      String language,
      ReferralConsent consent) {
    return new NewIncidentPerson(victimId, null, kind, residenceCountry, language, consent);
  }

  public static NewIncidentPerson newVictim(
      VictimDetails details,
      IncidentPersonKind kind,
      String residenceCountry,
      String language,
      ReferralConsent consent) {
    return new NewIncidentPerson(null, details, kind, residenceCountry, language, consent);
  }
}
