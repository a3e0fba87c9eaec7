package eu.pharos.chat.routing;

import java.time.Instant;
import java.util.UUID;

/**
 * That a conversation came through the network: the organisation the victim started with, its
 * country, and when the victim agreed to this organisation answering.
 */
public record RoutedFrom(
    UUID organisationId, String organisationName, String countryCode, Instant agreedAt) {}
