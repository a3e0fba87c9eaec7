package eu.pharos.referral;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public incident page shows: no personal data.
 *
 * @param occurredOn the day, in the incident country's time zone
 * @param countries the incident's country first, then each country of residence of a registered
 *     person, where affected people can get support
 */
public record PublicIncidentView(
    String slug,
    String title,
    String place,
    String countryCode,
    LocalDate occurredOn,
    String publicMessage,
    IncidentStatus status,
    List<String> languages,
    List<String> countries) {}
