package eu.pharos.network;

/** An office to add to a member's profile. Latitude and longitude are optional (WGS 84). */
public record OfficeDetails(
    String name,
    String street,
    String postcode,
    String city,
    String region,
    Double latitude,
    Double longitude,
    String phone) {}
