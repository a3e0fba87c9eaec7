package eu.pharos.network.directory;

import eu.pharos.network.AddMember;
import eu.pharos.network.HelplineDetails;
import eu.pharos.network.HolidayView;
import eu.pharos.network.InvalidOpeningHours;
import eu.pharos.network.MemberDetails;
import eu.pharos.network.OfficeDetails;
import eu.pharos.network.OpeningHours;
import eu.pharos.network.OpeningHoursUpdate;
import eu.pharos.network.OpeningPeriod;
import eu.pharos.network.ProfileProblem;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the directory's input and collects every problem, each with the field at fault, so that a
 * form can show all of them at once and an import can report them by row.
 */
final class ProfileChecks {

  private static final Set<String> COUNTRIES =
      new HashSet<>(Arrays.asList(Locale.getISOCountries()));
  private static final Set<String> LANGUAGES =
      new HashSet<>(Arrays.asList(Locale.getISOLanguages()));
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{1,38}");
  private static final Pattern SHORT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}");

  static {
    COUNTRIES.add("XK"); // Kosovo: user-assigned in ISO 3166, used by the EU
  }

  private final int record;
  private final java.util.function.Predicate<String> knownCountries;
  private final List<ProfileProblem> problems = new ArrayList<>();

  /** Checks against the JDK's ISO lists only: for tests of the other rules. */
  ProfileChecks(int record) {
    this(record, code -> true);
  }

  /**
   * @param knownCountries whether Pharos's reference data knows a country (the ISO list alone would
   *     accept countries that have no profile, no help page and no 112 facts)
   */
  ProfileChecks(int record, java.util.function.Predicate<String> knownCountries) {
    this.record = record;
    this.knownCountries = knownCountries;
  }

  List<ProfileProblem> problems() {
    return problems;
  }

  boolean ok() {
    return problems.isEmpty();
  }

  static boolean knownCountry(String code) {
    return code != null && COUNTRIES.contains(code.strip().toUpperCase(Locale.ROOT));
  }

  static boolean knownLanguage(String code) {
    return code != null && LANGUAGES.contains(code.strip().toLowerCase(Locale.ROOT));
  }

  static boolean knownZone(String zone) {
    return zone != null && ZoneId.getAvailableZoneIds().contains(zone.strip());
  }

  void reject(String field, String key, String value) {
    problems.add(new ProfileProblem(record, field, key, value));
  }

  ProfileChecks newMember(AddMember command) {
    required("name", command.name(), 200);
    if (required("shortName", command.shortName(), 60)
        && !SHORT_NAME.matcher(command.shortName().strip()).matches()) {
      reject("shortName", "network.error.shortName", command.shortName());
    }
    country("countryCode", command.countryCode());
    if (command.membershipType() == null) {
      reject("membershipType", "network.error.required", null);
    }
    website("website", command.website());
    email("email", command.email());
    zone("timeZone", command.timeZone());
    return this;
  }

  ProfileChecks details(String prefix, MemberDetails details) {
    if (details == null) {
      reject(prefix + "timeZone", "network.error.required", null);
      return this;
    }
    website(prefix + "website", details.website());
    email(prefix + "email", details.email());
    phone(prefix + "phone", details.phone());
    if (details.summary() != null && details.summary().length() > 2000) {
      reject(prefix + "summary", "network.error.tooLong", "2000");
    }
    zone(prefix + "timeZone", details.timeZone());
    languages(prefix + "languages", details.languages());
    if (String.join(",", details.regions()).length() > 1000) {
      reject(prefix + "regions", "network.error.tooLong", "1000");
    }
    return this;
  }

  ProfileChecks hours(String prefix, OpeningHoursUpdate update) {
    if (update == null) {
      return this;
    }
    if (!update.alwaysOpen()) {
      periods(prefix + "periods", update.periods());
    }
    List<HolidayView> holidays = update.holidays();
    Set<java.time.LocalDate> seen = new HashSet<>();
    for (int i = 0; i < holidays.size(); i++) {
      HolidayView holiday = holidays.get(i);
      String field = prefix + "holidays[" + i + "]";
      if (holiday.date() == null) {
        reject(field, "network.error.holidayDate", null);
      } else if (!seen.add(holiday.date())) {
        reject(field, "network.error.holidayTwice", holiday.date().toString());
      }
      if (holiday.name() == null || holiday.name().isBlank()) {
        reject(field, "network.error.holidayName", null);
      } else if (holiday.name().length() > 100) {
        reject(field, "network.error.tooLong", "100");
      }
    }
    return this;
  }

  /** The periods must make valid hours; the message goes beside the period at fault. */
  OpeningHours periods(String field, List<OpeningPeriod> periods) {
    try {
      OpeningHours hours = OpeningHours.of(periods);
      if (periods.size() > 50) {
        reject(field, "network.error.tooManyPeriods", "50");
      }
      return hours;
    } catch (InvalidOpeningHours invalid) {
      reject(field + "[" + invalid.periodIndex() + "]", invalid.messageKey(), null);
      return null;
    }
  }

  ProfileChecks office(String prefix, OfficeDetails office) {
    required(prefix + "name", office.name(), 200);
    optionalLength(prefix + "street", office.street(), 300);
    optionalLength(prefix + "postcode", office.postcode(), 20);
    required(prefix + "city", office.city(), 120);
    optionalLength(prefix + "region", office.region(), 120);
    if (office.latitude() != null && (office.latitude() < -90 || office.latitude() > 90)) {
      reject(prefix + "latitude", "network.error.latitude", String.valueOf(office.latitude()));
    }
    if (office.longitude() != null && (office.longitude() < -180 || office.longitude() > 180)) {
      reject(prefix + "longitude", "network.error.longitude", String.valueOf(office.longitude()));
    }
    if ((office.latitude() == null) != (office.longitude() == null)) {
      reject(prefix + "latitude", "network.error.position", null);
    }
    phone(prefix + "phone", office.phone());
    return this;
  }

  ProfileChecks helpline(String prefix, HelplineDetails helpline) {
    if (required(prefix + "number", helpline.number(), 40)
        && !PHONE.matcher(helpline.number().strip()).matches()) {
      reject(prefix + "number", "network.error.phone", helpline.number());
    }
    languages(prefix + "languages", helpline.languages());
    if (helpline.cost() == null) {
      reject(prefix + "cost", "network.error.required", null);
    }
    if (!helpline.alwaysOpen()) {
      periods(prefix + "periods", helpline.periods());
    }
    return this;
  }

  void country(String field, String code) {
    if (code == null || code.isBlank()) {
      reject(field, "network.error.required", null);
    } else if (!knownCountry(code) || !knownCountries.test(code.strip())) {
      reject(field, "network.error.country", code);
    }
  }

  private void languages(String field, List<String> codes) {
    for (String code : codes) {
      if (!knownLanguage(code)) {
        reject(field, "network.error.language", code);
      }
    }
  }

  private void zone(String field, String zone) {
    if (zone == null || zone.isBlank()) {
      reject(field, "network.error.required", null);
    } else if (!knownZone(zone)) {
      reject(field, "network.error.timeZone", zone);
    }
  }

  private void website(String field, String website) {
    if (website == null || website.isBlank()) {
      return;
    }
    if (website.length() > 300 || !isWebAddress(website.strip())) {
      reject(field, "network.error.website", website);
    }
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null
          && uri.getHost().contains(".");
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private void email(String field, String email) {
    if (email == null || email.isBlank()) {
      return;
    }
    if (email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
      reject(field, "network.error.email", email);
    }
  }

  private void phone(String field, String phone) {
    if (phone == null || phone.isBlank()) {
      return;
    }
    if (!PHONE.matcher(phone.strip()).matches()) {
      reject(field, "network.error.phone", phone);
    }
  }

  private boolean required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      reject(field, "network.error.required", null);
      return false;
    }
    if (value.strip().length() > max) {
      reject(field, "network.error.tooLong", String.valueOf(max));
      return false;
    }
    return true;
  }

  private void optionalLength(String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      reject(field, "network.error.tooLong", String.valueOf(max));
    }
  }
}
