package eu.pharos.network.findhelp;

import eu.pharos.network.CountryView;
import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import java.time.ZoneId;

/**
 * What a visitor asked for, already checked: a known country, an ISO 639-1 language (or null), what
 * happened and what they need (each optional), and the time zone to show times in.
 */
record HelpQuery(
    CountryView country, String language, CrimeType crime, SupportService service, ZoneId zone) {}
