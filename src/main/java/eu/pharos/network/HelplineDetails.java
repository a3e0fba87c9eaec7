package eu.pharos.network;

import java.util.List;

/**
 * A helpline to add to a member's profile. Its hours are meant in the member's time zone.
 *
 * @param languages ISO 639-1 codes of the languages answered
 */
public record HelplineDetails(
    String number,
    boolean harmonised,
    List<String> languages,
    boolean alwaysOpen,
    List<OpeningPeriod> periods,
    CallCost cost) {

  public HelplineDetails {
    languages = languages == null ? List.of() : List.copyOf(languages);
    periods = periods == null ? List.of() : List.copyOf(periods);
  }
}
