package eu.pharos.helpline;

import eu.pharos.network.CrimeType;
import java.time.LocalDate;

/**
 * What happened, as far as support needs to know. A crime committed in another country than the
 * victim's residence makes the case cross-border.
 *
 * @param crimeDate not in the future, and not after the case's first contact
 * @param place where it happened, free text (sealed at rest)
 * @param crimeCountry ISO 3166-1 alpha-2
 * @param residenceCountry the victim's country of residence, ISO 3166-1 alpha-2
 * @param summary what the victim told, free text (sealed at rest)
 */
public record CrimeDetails(
    CrimeType crimeType,
    LocalDate crimeDate,
    String place,
    String crimeCountry,
    String residenceCountry,
    String summary) {

  public boolean crossBorder() {
    return crimeCountry != null
        && residenceCountry != null
        && !crimeCountry.equalsIgnoreCase(residenceCountry);
  }

  public static CrimeDetails unknown() {
    return new CrimeDetails(null, null, null, null, null, null);
  }
}
