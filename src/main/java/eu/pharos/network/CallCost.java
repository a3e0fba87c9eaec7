package eu.pharos.network;

/** What a call to a helpline costs the caller. 116 006 lines are free by law. */
public enum CallCost {
  FREE,
  LOCAL_RATE,
  STANDARD_RATE,
  PREMIUM_RATE;

  public String messageKey() {
    return "network.call-cost." + name();
  }
}
