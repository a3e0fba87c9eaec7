package eu.pharos.referral;

/** Which end of a referral the caller's organisation is. */
public enum ReferralSide {
  SENDER,
  RECEIVER;

  public String messageKey() {
    return "referral.side." + name();
  }
}
