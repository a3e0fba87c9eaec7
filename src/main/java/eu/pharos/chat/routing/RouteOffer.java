package eu.pharos.chat.routing;

import java.util.UUID;

/**
 * Another member that can answer the victim now, in the language they chose, instead of the
 * organisation they started with: shown to the victim, who must agree first.
 *
 * @param from the organisation the victim started with
 * @param to the organisation that would answer
 * @param toName its name, as the directory shows it
 * @param countryCode its country (ISO 3166-1 alpha-2)
 * @param language the chat's language (ISO 639-1)
 * @param originOpen whether the organisation started with is open now (it has nobody free in the
 *     language), or closed
 */
public record RouteOffer(
    UUID from, UUID to, String toName, String countryCode, String language, boolean originOpen) {}
