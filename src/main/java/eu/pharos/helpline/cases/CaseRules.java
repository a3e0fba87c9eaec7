package eu.pharos.helpline.cases;

import eu.pharos.helpline.CrimeDetails;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.network.Countries;
import eu.pharos.shared.InvalidInput.Problem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks what advisors enter about a case before anything is stored, and names every problem with
 * the field it is about. Lengths are counted in characters and leave room for sealing in the
 * columns that hold the sealed values.
 */
@Component
class CaseRules {

  static final int PLACE_MAX = 300;
  static final int TEXT_MAX = 20_000;
  static final int DESCRIPTION_MAX = 500;
  static final int FOLLOW_UP_NOTE_MAX = 500;
  static final int REASON_MAX = 2_000;
  static final int FILE_NAME_MAX = 200;

  private static final Set<String> ISO_COUNTRIES = isoCountries();

  private final Countries countries;
  private final Users users;

  CaseRules(Countries countries, Users users) {
    this.countries = countries;
    this.users = users;
  }

  /**
   * Checks and tidies crime details: countries upper case, blank texts null.
   *
   * @param latestDay the last day the crime may have happened: the day of the case's first contact
   *     or opening, or today for a new case
   * @param today today in the organisation's country
   */
  CrimeDetails crime(CrimeDetails crime, LocalDate latestDay, LocalDate today, List<Problem> out) {
    CrimeDetails given = crime == null ? CrimeDetails.unknown() : crime;
    if (given.crimeDate() != null) {
      if (given.crimeDate().isAfter(today)) {
        out.add(Problem.of("crimeDate", "helpline.cases.error.crime-date.future"));
      } else if (given.crimeDate().isAfter(latestDay)) {
        out.add(
            Problem.of(
                "crimeDate",
                "helpline.cases.error.crime-date.after-contact",
                latestDay.toString()));
      } else if (given.crimeDate().isBefore(LocalDate.of(1900, 1, 1))) {
        out.add(Problem.of("crimeDate", "helpline.cases.error.crime-date.too-early"));
      }
    }
    String place = text(given.place(), PLACE_MAX, "place", out);
    String summary = text(given.summary(), TEXT_MAX, "summary", out);
    String crimeCountry = country(given.crimeCountry(), "crimeCountry", out);
    String residenceCountry = country(given.residenceCountry(), "residenceCountry", out);
    return new CrimeDetails(
        given.crimeType(), given.crimeDate(), place, crimeCountry, residenceCountry, summary);
  }

  /** An ISO 3166-1 alpha-2 code Pharos knows, upper case; null for blank. */
  String country(String code, String field, List<Problem> out) {
    String value = blankToNull(code);
    if (value == null) {
      return null;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (countries.find(upper).isEmpty() && !ISO_COUNTRIES.contains(upper)) {
      out.add(Problem.of(field, "helpline.cases.error.country.unknown"));
      return null;
    }
    return upper;
  }

  /** Checks that advisors are users of the organisation who can still sign in. */
  void advisors(Collection<UUID> ids, String field, List<Problem> out) {
    if (ids.isEmpty()) {
      return;
    }
    Set<UUID> known =
        users.inMyOrganisation().stream()
            .filter(user -> user.status() != UserStatus.DISABLED)
            .map(UserView::id)
            .collect(Collectors.toSet());
    if (!known.containsAll(new HashSet<>(ids))) {
      out.add(Problem.of(field, "helpline.cases.error.advisor.unknown"));
    }
  }

  String text(String value, int max, String field, List<Problem> out) {
    String text = blankToNull(value);
    if (text != null && text.length() > max) {
      out.add(Problem.of(field, "helpline.cases.error.too-long", max));
    }
    return text;
  }

  String required(String value, int max, String field, String missingKey, List<Problem> out) {
    String text = text(value, max, field, out);
    if (text == null) {
      out.add(Problem.of(field, missingKey));
    }
    return text;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Set<String> isoCountries() {
    Set<String> codes = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
    codes.add("XK");
    return Set.copyOf(codes);
  }
}
