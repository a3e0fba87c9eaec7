package eu.pharos.helpline.victim;

import eu.pharos.helpline.ConsentKind;
import eu.pharos.helpline.NewConsent;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.network.Directory;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks what an advisor enters about a victim or a consent, and tidies it (blank is nothing, codes
 * in their usual case). Every problem is reported at once, by field; none quotes the value, so a
 * victim's data never reaches a message or a log.
 */
@Component
class VictimRules {

  static final int MAX_NAME = 150;
  static final int MAX_PHONE = 30;
  static final int MAX_EMAIL = 254;
  static final int MAX_ADDRESS = 500;
  static final int MAX_SHARED_WITH_NAME = 300;
  static final int MAX_PURPOSE = 1000;

  /** Sealed columns are sized for these many bytes of UTF-8 once encrypted and encoded. */
  private static final int MAX_EMAIL_BYTES = 600;

  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]+");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[^@\\s.\\d]{2,}");
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final Directory directory;
  private final Clock clock;

  VictimRules(Directory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * @throws InvalidInput naming each field at fault
   */
  VictimDetails check(VictimDetails details) {
    if (details == null) {
      details = VictimDetails.unnamed();
    }
    List<Problem> problems = new ArrayList<>();
    String fullName = tidy(details.fullName());
    String phone = tidy(details.phone());
    String email = tidy(details.email());
    String address = tidy(details.address());
    String language = lower(tidy(details.preferredLanguage()));
    String country = upper(tidy(details.residenceCountry()));
    tooLong(problems, "fullName", fullName, MAX_NAME);
    tooLong(problems, "address", address, MAX_ADDRESS);
    if (phone != null) {
      long digits = phone.chars().filter(Character::isDigit).count();
      if (phone.length() > MAX_PHONE) {
        problems.add(Problem.of("phone", "helpline.victim.error.too-long", MAX_PHONE));
      } else if (!PHONE.matcher(phone).matches() || digits < 3 || digits > 15) {
        problems.add(Problem.of("phone", "helpline.victim.error.phone-malformed"));
      }
    }
    if (email != null) {
      if (email.length() > MAX_EMAIL
          || email.getBytes(StandardCharsets.UTF_8).length > MAX_EMAIL_BYTES) {
        problems.add(Problem.of("email", "helpline.victim.error.too-long", MAX_EMAIL));
      } else if (!EMAIL.matcher(email).matches()) {
        problems.add(Problem.of("email", "helpline.victim.error.email-malformed"));
      }
    }
    LocalDate born = details.dateOfBirth();
    if (born != null) {
      if (born.isAfter(latestToday())) {
        problems.add(Problem.of("dateOfBirth", "helpline.victim.error.date-of-birth-future"));
      } else if (born.isBefore(EARLIEST_BIRTH)) {
        problems.add(
            Problem.of("dateOfBirth", "helpline.victim.error.date-of-birth-too-early", 1900));
      }
    }
    if (language != null && (language.length() != 2 || !LANGUAGES.contains(language))) {
      problems.add(Problem.of("preferredLanguage", "helpline.victim.error.language-unknown"));
    }
    if (country != null && (country.length() != 2 || !COUNTRIES.contains(country))) {
      problems.add(Problem.of("residenceCountry", "helpline.victim.error.country-unknown"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new VictimDetails(fullName, phone, email, address, born, language, country);
  }

  /**
   * @throws InvalidInput naming each field at fault
   */
  NewConsent check(NewConsent consent) {
    List<Problem> problems = new ArrayList<>();
    if (consent == null) {
      throw InvalidInput.of("kind", "helpline.consent.error.kind-missing");
    }
    String sharedWithName = tidy(consent.sharedWithName());
    String purpose = tidy(consent.purpose());
    var sharedWithOrganisation = consent.sharedWithOrganisationId();
    if (consent.kind() == null) {
      problems.add(Problem.of("kind", "helpline.consent.error.kind-missing"));
    } else if (consent.kind() == ConsentKind.SHARE_WITH_ORGANISATION) {
      if (sharedWithOrganisation != null) {
        if (directory.member(sharedWithOrganisation).isEmpty()) {
          problems.add(
              Problem.of("sharedWithOrganisationId", "helpline.consent.error.not-a-member"));
        }
      } else if (sharedWithName == null) {
        problems.add(
            Problem.of("sharedWithOrganisationId", "helpline.consent.error.share-without-whom"));
      }
    } else {
      sharedWithOrganisation = null;
      sharedWithName = null;
    }
    tooLong(problems, "sharedWithName", sharedWithName, MAX_SHARED_WITH_NAME);
    tooLong(problems, "purpose", purpose, MAX_PURPOSE);
    if (consent.method() == null) {
      problems.add(Problem.of("method", "helpline.consent.error.method-missing"));
    }
    Instant givenAt = consent.givenAt();
    if (givenAt == null) {
      problems.add(Problem.of("givenAt", "helpline.consent.error.given-at-missing"));
    } else if (givenAt.isAfter(Instant.now(clock))) {
      problems.add(Problem.of("givenAt", "helpline.consent.error.given-at-future"));
    } else if (consent.validUntil() != null
        && consent.validUntil().isBefore(givenAt.atOffset(ZoneOffset.UTC).toLocalDate())) {
      problems.add(Problem.of("validUntil", "helpline.consent.error.valid-until-before-given"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new NewConsent(
        consent.kind(),
        sharedWithOrganisation,
        sharedWithName,
        purpose,
        consent.method(),
        givenAt,
        consent.validUntil());
  }

  /** The date that is today somewhere on earth already: a birth date after it is in the future. */
  private LocalDate latestToday() {
    return LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)));
  }

  private static void tooLong(List<Problem> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(Problem.of(field, "helpline.victim.error.too-long", max));
    }
  }

  static String tidy(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  private static String upper(String value) {
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }
}
