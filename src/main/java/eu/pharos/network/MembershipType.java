package eu.pharos.network;

/** How an organisation belongs to the network. */
public enum MembershipType {
  FULL,
  ASSOCIATE,
  PARTNER;

  public String messageKey() {
    return "network.membership." + name();
  }
}
