package eu.pharos.network;

/**
 * Published after an engagement is recorded or changed, once committed: public country pages show
 * the capacity-building timeline, so caches of them drop what they hold.
 *
 * @param countryCode the country of the engagement (before and after a change of country, both are
 *     published)
 */
public record EngagementsChanged(String countryCode) {}
