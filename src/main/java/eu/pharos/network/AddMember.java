package eu.pharos.network;

/**
 * The secretariat adds an organisation to the network: Pharos creates the organisation and a
 * pending profile that the secretariat approves once the membership is agreed.
 *
 * @param countryCode ISO 3166-1 alpha-2
 */
public record AddMember(
    String name,
    String shortName,
    String countryCode,
    MembershipType membershipType,
    String website,
    String email,
    String timeZone) {}
