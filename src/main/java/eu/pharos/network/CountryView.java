package eu.pharos.network;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A country as Pharos's reference data describes it. Names come from the JDK's locale data in the
 * visitor's language ({@link #name(Locale)}); the facts come from the reference files shipped with
 * Pharos, each with its source and the date it was checked.
 *
 * @param code ISO 3166-1 alpha-2, upper case
 * @param euMember whether the country is an EU Member State
 * @param emergencyNumber 112 everywhere in the EU, and in most of Europe
 * @param genericVictimSupport whether a generic national victim support service exists (null when
 *     unknown)
 * @param harmonisedLine whether the 116 006 helpline runs
 * @param harmonisedLineOperator who runs 116 006, as the reference source names it
 * @param timeZone the main time zone, for opening hours when a visitor gives none
 * @param languages ISO 639-1 codes of the official languages, most spoken first
 * @param boundBy the EU instruments that bind the country (Denmark is not bound by 2012/29/EU)
 * @param source where the country's facts come from
 * @param checked when they were last checked
 */
public record CountryView(
    String code,
    boolean euMember,
    String emergencyNumber,
    Boolean genericVictimSupport,
    HarmonisedLineStatus harmonisedLine,
    String harmonisedLineOperator,
    ZoneId timeZone,
    List<String> languages,
    List<InstrumentView> boundBy,
    String source,
    LocalDate checked) {

  public String name(Locale locale) {
    return new Locale("", code).getDisplayCountry(locale);
  }
}
