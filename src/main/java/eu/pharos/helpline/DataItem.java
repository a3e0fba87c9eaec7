package eu.pharos.helpline;

/**
 * One field of what the helpline holds on a victim and their case, as another module names it when
 * it asks for data it brought to be removed again ({@link SharedDataWithdrawal}).
 */
public enum DataItem {
  FULL_NAME,
  PHONE,
  EMAIL,
  ADDRESS,
  DATE_OF_BIRTH,
  PREFERRED_LANGUAGE,
  /** The victim's country of residence, on the victim and on the case. */
  RESIDENCE_COUNTRY,
  CRIME_TYPE,
  CRIME_DATE,
  CRIME_PLACE,
  CRIME_COUNTRY,
  CRIME_SUMMARY
}
