package eu.pharos.network;

import java.util.UUID;

/**
 * An office where victims can meet the organisation. Latitude and longitude are optional (WGS 84).
 */
public record OfficeView(
    UUID id,
    String name,
    String street,
    String postcode,
    String city,
    String region,
    String countryCode,
    Double latitude,
    Double longitude,
    String phone) {}
