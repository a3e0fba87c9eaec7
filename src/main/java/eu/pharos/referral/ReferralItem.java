package eu.pharos.referral;

/**
 * One item of data a victim may consent to share in a referral. A referral's package holds only the
 * items of its consent. Stored by name: never rename an entry.
 */
public enum ReferralItem {
  FULL_NAME,
  PHONE,
  EMAIL,
  ADDRESS,
  DATE_OF_BIRTH,
  PREFERRED_LANGUAGE,
  RESIDENCE_COUNTRY,
  CRIME_TYPE,
  CRIME_DATE,
  CRIME_PLACE,
  CRIME_COUNTRY,
  CRIME_SUMMARY;

  public String messageKey() {
    return "referral.item." + name();
  }
}
