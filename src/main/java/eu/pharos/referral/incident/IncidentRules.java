package eu.pharos.referral.incident;

import eu.pharos.network.Countries;
import eu.pharos.network.Directory;
import eu.pharos.referral.NewIncident;
import eu.pharos.referral.NewIncidentPerson;
import eu.pharos.referral.ReferralConsent;
import eu.pharos.shared.InvalidInput.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What an incident, a registered person and a log entry must hold; problems by field. */
@Component
class IncidentRules {

  static final int TITLE_MAX = 200;
  static final int SUMMARY_MAX = 4000;
  static final int PLACE_MAX = 200;
  static final int PUBLIC_MESSAGE_MAX = 2000;
  static final int PURPOSE_MAX = 500;
  static final int LOG_MAX = 4000;
  static final int MESSAGE_MAX = 2000;
  static final int LANGUAGES_MAX = 12;

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  /** A clock may run a little fast: a moment up to this far ahead is still "now". */
  private static final Duration SKEW = Duration.ofMinutes(5);

  private final Countries countries;
  private final Directory directory;
  private final Clock clock;

  IncidentRules(Countries countries, Directory directory, Clock clock) {
    this.countries = countries;
    this.directory = directory;
    this.clock = clock;
  }

  List<Problem> check(NewIncident incident) {
    List<Problem> problems = new ArrayList<>();
    text(problems, "title", incident.title(), TITLE_MAX, true);
    text(problems, "summary", incident.summary(), SUMMARY_MAX, true);
    text(problems, "place", incident.place(), PLACE_MAX, true);
    country(problems, "countryCode", incident.countryCode());
    if (incident.occurredAt() == null) {
      problems.add(Problem.of("occurredAt", "incident.error.occurredAt.missing"));
    } else if (incident.occurredAt().isAfter(clock.instant().plus(SKEW))) {
      problems.add(Problem.of("occurredAt", "incident.error.occurredAt.future"));
    }
    if (incident.leadOrganisationId() == null
        || directory.member(incident.leadOrganisationId()).isEmpty()) {
      problems.add(Problem.of("leadOrganisationId", "incident.error.lead"));
    }
    if (incident.languages().isEmpty()) {
      problems.add(Problem.of("languages", "incident.error.languages.missing"));
    } else if (incident.languages().size() > LANGUAGES_MAX
        || incident.languages().stream().anyMatch(l -> !language(l))) {
      problems.add(Problem.of("languages", "incident.error.language.unknown"));
    }
    text(problems, "publicMessage", incident.publicMessage(), PUBLIC_MESSAGE_MAX, false);
    return problems;
  }

  /** The person's own fields; the new victim's details are the helpline's to check. */
  List<Problem> check(NewIncidentPerson person) {
    List<Problem> problems = new ArrayList<>();
    if (person.kind() == null) {
      problems.add(Problem.of("kind", "incident.error.kind.missing"));
    }
    country(problems, "residenceCountry", person.residenceCountry());
    if (blank(person.language())) {
      problems.add(Problem.of("language", "incident.error.language.missing"));
    } else if (!language(person.language())) {
      problems.add(Problem.of("language", "incident.error.language.unknown"));
    }
    if (person.consent() != null) {
      consent(problems, person.consent());
    }
    return problems;
  }

  private void consent(List<Problem> problems, ReferralConsent consent) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (consent.items().isEmpty()) {
      problems.add(Problem.of("consentItems", "incident.error.consent.items"));
    }
    text(problems, "consentPurpose", consent.purpose(), PURPOSE_MAX, true);
    if (consent.method() == null) {
      problems.add(Problem.of("consentMethod", "incident.error.consent.method"));
    }
    if (consent.givenAt() == null) {
      problems.add(Problem.of("consentGivenAt", "incident.error.consent.givenAt.missing"));
    } else if (consent.givenAt().isAfter(clock.instant().plus(SKEW))) {
      problems.add(Problem.of("consentGivenAt", "incident.error.consent.givenAt.future"));
    }
    if (consent.validUntil() == null) {
      problems.add(Problem.of("consentValidUntil", "incident.error.consent.validUntil.missing"));
    } else if (consent.validUntil().isBefore(today)
        || consent.validUntil().isAfter(today.plusYears(1))) {
      problems.add(Problem.of("consentValidUntil", "incident.error.consent.validUntil.range"));
    }
  }

  void text(List<Problem> problems, String field, String value, int max, boolean required) {
    if (blank(value)) {
      if (required) {
        problems.add(Problem.of(field, "incident.error." + field + ".missing"));
      }
    } else if (value.strip().length() > max) {
      problems.add(Problem.of(field, "incident.error.tooLong", max));
    }
  }

  private void country(List<Problem> problems, String field, String code) {
    if (blank(code)) {
      problems.add(Problem.of(field, "incident.error.country.missing"));
    } else if (code.strip().length() != 2 || countries.find(code.strip()).isEmpty()) {
      problems.add(Problem.of(field, "incident.error.country.unknown"));
    }
  }

  private static boolean language(String code) {
    return code != null && LANGUAGES.contains(code.strip().toLowerCase(Locale.ROOT));
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static String tidy(String value) {
    return blank(value) ? null : value.strip();
  }

  Instant now() {
    return clock.instant();
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }
}
