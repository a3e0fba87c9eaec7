package eu.pharos.chat;

import eu.pharos.network.CrimeType;

/**
 * What the victim wants to talk about, as they choose it before the chat starts; routes the queue
 * and, where it names one, gives the contact's crime type. Stored by name.
 */
public enum ChatTopic {
  GENERAL(null),
  VIOLENCE(CrimeType.ASSAULT),
  DOMESTIC_VIOLENCE(CrimeType.DOMESTIC_VIOLENCE),
  SEXUAL_VIOLENCE(CrimeType.SEXUAL_VIOLENCE),
  THEFT_OR_FRAUD(CrimeType.BURGLARY_THEFT),
  ONLINE_CRIME(CrimeType.FRAUD_CYBERCRIME),
  STALKING_OR_HARASSMENT(CrimeType.STALKING_HARASSMENT),
  HATE_CRIME(CrimeType.HATE_CRIME),
  TERRORISM(CrimeType.TERRORISM),
  CRIME_ABROAD(null),
  BEREAVEMENT(CrimeType.HOMICIDE_BEREAVEMENT),
  COURT_AND_POLICE(null);

  private final CrimeType crimeType;

  ChatTopic(CrimeType crimeType) {
    this.crimeType = crimeType;
  }

  /** The crime type a contact filed from this topic takes; null when the topic names none. */
  public CrimeType crimeType() {
    return crimeType;
  }

  public String messageKey() {
    return "chat.topic." + name();
  }
}
