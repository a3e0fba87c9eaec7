package eu.pharos.network;

/**
 * The maintained list of crime types, used by the directory ("which crimes does a member cover")
 * and by case work. Stored by name, so never rename one; add new entries with their names in every
 * language of {@code i18n/network.properties}.
 */
public enum CrimeType {
  ASSAULT,
  DOMESTIC_VIOLENCE,
  SEXUAL_VIOLENCE,
  STALKING_HARASSMENT,
  HATE_CRIME,
  ROBBERY,
  BURGLARY_THEFT,
  FRAUD_CYBERCRIME,
  HOMICIDE_BEREAVEMENT,
  TERRORISM,
  TRAFFICKING,
  ROAD_TRAFFIC,
  CHILD_ABUSE,
  OTHER;

  public String messageKey() {
    return "network.crime." + name();
  }
}
