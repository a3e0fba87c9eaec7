package eu.pharos.helpline;

import java.time.LocalDate;

/**
 * What support needs to know about a victim, as an advisor enters it. Every field may be blank: a
 * person may stay unnamed. Name, phone, e-mail, address and date of birth are sealed at rest.
 *
 * @param preferredLanguage an ISO 639-1 code
 * @param residenceCountry an ISO 3166-1 alpha-2 code
 */
public record VictimDetails(
    String fullName,
    String phone,
    String email,
    String address,
    LocalDate dateOfBirth,
    String preferredLanguage,
    String residenceCountry) {

  public static VictimDetails unnamed() {
    return new VictimDetails(null, null, null, null, null, null, null);
  }
}
