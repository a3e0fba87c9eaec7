package eu.pharos.network.findhelp;

import eu.pharos.network.CountryView;
import eu.pharos.network.HelplineView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What Find help shows for a country: the organisations that fit, ranked, then the others of the
 * country, the country's 116 006 line if one is listed, and, where the country has no member, the
 * members that support victims across borders.
 *
 * @param harmonisedLine the 116 006 line listed in the directory for the country, or null
 * @param validUntil when the page stops being true (the first "open now" change, or midnight in the
 *     visitor's zone, when "today" and "tomorrow" move on)
 */
record HelpResults(
    CountryView country,
    ZoneId zone,
    List<HelpOffer> fitting,
    List<HelpOffer> others,
    HelplineView harmonisedLine,
    List<HelpOffer> crossBorder,
    Instant validUntil) {

  public boolean noMember() {
    return fitting.isEmpty() && others.isEmpty();
  }

  /** Whether 116 006 runs in the country, as the directory or the reference data says. */
  public boolean hasHarmonisedLine() {
    return harmonisedLine != null
        || country.harmonisedLine() == eu.pharos.network.HarmonisedLineStatus.OPERATING;
  }

  /** True only when the reference data says the country has no generic victim support service. */
  public boolean lacksGenericService() {
    return Boolean.FALSE.equals(country.genericVictimSupport());
  }
}
