package eu.pharos.referral;

import eu.pharos.network.CrimeType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The minimal data package a referral carries: only the items the victim consented to share, every
 * other field null. Sealed at rest; erased when consent is withdrawn.
 *
 * @param preferredLanguage ISO 639-1
 * @param residenceCountry ISO 3166-1 alpha-2
 * @param crimeCountry ISO 3166-1 alpha-2
 */
public record ReferralPackage(
    String fullName,
    String phone,
    String email,
    String address,
    LocalDate dateOfBirth,
    String preferredLanguage,
    String residenceCountry,
    CrimeType crimeType,
    LocalDate crimeDate,
    String crimePlace,
    String crimeCountry,
    String crimeSummary) {

  public static ReferralPackage empty() {
    return new ReferralPackage(
        null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The items this package holds a value for. */
  public Set<ReferralItem> items() {
    Set<ReferralItem> items = EnumSet.noneOf(ReferralItem.class);
    add(items, ReferralItem.FULL_NAME, fullName);
    add(items, ReferralItem.PHONE, phone);
    add(items, ReferralItem.EMAIL, email);
    add(items, ReferralItem.ADDRESS, address);
    add(items, ReferralItem.DATE_OF_BIRTH, dateOfBirth);
    add(items, ReferralItem.PREFERRED_LANGUAGE, preferredLanguage);
    add(items, ReferralItem.RESIDENCE_COUNTRY, residenceCountry);
    add(items, ReferralItem.CRIME_TYPE, crimeType);
    add(items, ReferralItem.CRIME_DATE, crimeDate);
    add(items, ReferralItem.CRIME_PLACE, crimePlace);
    add(items, ReferralItem.CRIME_COUNTRY, crimeCountry);
    add(items, ReferralItem.CRIME_SUMMARY, crimeSummary);
    return items;
  }

  /** A copy holding only {@code kept}; every other field null. */
  public ReferralPackage only(Set<ReferralItem> kept) {
    return new ReferralPackage(
        kept.contains(ReferralItem.FULL_NAME) ? fullName : null,
        kept.contains(ReferralItem.PHONE) ? phone : null,
        kept.contains(ReferralItem.EMAIL) ? email : null,
        kept.contains(ReferralItem.ADDRESS) ? address : null,
        kept.contains(ReferralItem.DATE_OF_BIRTH) ? dateOfBirth : null,
        kept.contains(ReferralItem.PREFERRED_LANGUAGE) ? preferredLanguage : null,
        kept.contains(ReferralItem.RESIDENCE_COUNTRY) ? residenceCountry : null,
        kept.contains(ReferralItem.CRIME_TYPE) ? crimeType : null,
        kept.contains(ReferralItem.CRIME_DATE) ? crimeDate : null,
        kept.contains(ReferralItem.CRIME_PLACE) ? crimePlace : null,
        kept.contains(ReferralItem.CRIME_COUNTRY) ? crimeCountry : null,
        kept.contains(ReferralItem.CRIME_SUMMARY) ? crimeSummary : null);
  }

  private static void add(Set<ReferralItem> items, ReferralItem item, Object value) {
    if (value != null && !(value instanceof String text && text.isBlank())) {
      items.add(item);
    }
  }
}
