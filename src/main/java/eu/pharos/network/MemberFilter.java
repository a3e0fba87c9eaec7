package eu.pharos.network;

import java.time.Instant;

/**
 * Which public members to list; every field is optional (null matches all).
 *
 * @param countryCode ISO 3166-1 alpha-2, upper case
 * @param language ISO 639-1
 * @param openAt only members (or one of their helplines) open at that moment
 */
public record MemberFilter(
    String countryCode,
    String language,
    SupportService service,
    CrimeType crimeType,
    Instant openAt) {

  public static MemberFilter all() {
    return new MemberFilter(null, null, null, null, null);
  }

  public static MemberFilter inCountry(String countryCode) {
    return new MemberFilter(countryCode, null, null, null, null);
  }
}
