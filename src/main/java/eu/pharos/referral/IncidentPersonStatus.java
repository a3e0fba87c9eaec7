package eu.pharos.referral;

/**
 * Where a registered person stands, following their referral: REGISTERED until referred, REFERRED
 * while the receiver has not answered, IN_SUPPORT once accepted (and after first contact), CLOSED,
 * or DECLINED by the receiver. A withdrawn referral returns the person to REGISTERED. Stored by
 * name: never rename an entry.
 */
public enum IncidentPersonStatus {
  REGISTERED,
  REFERRED,
  IN_SUPPORT,
  CLOSED,
  DECLINED;

  /** The person's status for a referral in {@code status}. */
  public static IncidentPersonStatus of(ReferralStatus status) {
    return switch (status) {
      case SENT, RECEIVED -> REFERRED;
      case ACCEPTED, FIRST_CONTACT -> IN_SUPPORT;
      case CLOSED -> CLOSED;
      case DECLINED -> DECLINED;
      case WITHDRAWN -> REGISTERED;
    };
  }

  public String messageKey() {
    return "incident.personStatus." + name();
  }
}
