package eu.pharos.referral.incident.web;

import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.network.SupportService;
import eu.pharos.referral.IncidentPersonKind;
import eu.pharos.referral.NewIncident;
import eu.pharos.referral.NewIncidentPerson;
import eu.pharos.referral.ReferralConsent;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralUrgency;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The incident pages' forms, as typed: every value kept as text so that a refused form shows it
 * again. Values the form cannot read become a message of its own beside the field.
 */
final class IncidentForms {

  private IncidentForms() {}

  /** The declare form. */
  record DeclareForm(
      String title,
      String summary,
      String place,
      String countryCode,
      String occurredAt,
      String occurredTime,
      String leadOrganisationId,
      String languages,
      String publicMessage) {

    static DeclareForm empty() {
      return new DeclareForm("", "", "", "", "", "", "", "", "");
    }

    /** The form's own problems: a date, time or organisation it could not read. */
    Map<String, String> unreadable() {
      Map<String, String> problems = new LinkedHashMap<>();
      if (!blank(occurredAt) && date(occurredAt) == null) {
        problems.put("occurredAt", "incident.error.date");
      }
      if (!blank(occurredTime) && time(occurredTime) == null) {
        problems.put("occurredAt", "incident.error.time");
      }
      return problems;
    }

    NewIncident toCommand(ZoneId zone) {
      LocalDate day = date(occurredAt);
      LocalTime at = blank(occurredTime) ? LocalTime.NOON : time(occurredTime);
      Instant occurred = day == null || at == null ? null : day.atTime(at).atZone(zone).toInstant();
      return new NewIncident(
          title,
          summary,
          place,
          countryCode,
          occurred,
          uuid(leadOrganisationId),
          blank(languages)
              ? List.of()
              : Arrays.stream(languages.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList(),
          publicMessage);
    }
  }

  /** The register-person form; the consent part counts only when {@code consentGiven}. */
  record PersonForm(
      String victimId,
      String fullName,
      String phone,
      String email,
      String kind,
      String residenceCountry,
      String language,
      boolean consentGiven,
      Set<String> consentItems,
      String consentPurpose,
      String consentMethod,
      String consentGivenAt,
      String consentValidUntil) {

    static PersonForm empty(String victimId) {
      return new PersonForm(
          victimId == null ? "" : victimId,
          "",
          "",
          "",
          "",
          "",
          "",
          false,
          Set.of(),
          "",
          "",
          "",
          "");
    }

    public boolean ticked(String item) {
      return consentItems != null && consentItems.contains(item);
    }

    Map<String, String> unreadable() {
      Map<String, String> problems = new LinkedHashMap<>();
      if (!blank(victimId) && uuid(victimId) == null) {
        problems.put("victimId", "incident.error.victim.unknown");
      }
      if (consentGiven) {
        if (!blank(consentGivenAt) && date(consentGivenAt) == null) {
          problems.put("consentGivenAt", "incident.error.date");
        }
        if (!blank(consentValidUntil) && date(consentValidUntil) == null) {
          problems.put("consentValidUntil", "incident.error.date");
        }
      }
      return problems;
    }

    NewIncidentPerson toCommand(Clock clock) {
      ReferralConsent consent = null;
      if (consentGiven) {
        Set<ReferralItem> items = EnumSet.noneOf(ReferralItem.class);
        if (consentItems != null) {
          for (String item : consentItems) {
            ReferralItem parsed = enumOf(ReferralItem.class, item);
            if (parsed != null) {
              items.add(parsed);
            }
          }
        }
        LocalDate given = date(consentGivenAt);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        consent =
            new ReferralConsent(
                items,
                consentPurpose,
                enumOf(ConsentMethod.class, consentMethod),
                given == null
                    ? null
                    : given.equals(today)
                        ? clock.instant()
                        : given.atStartOfDay(ZoneOffset.UTC).toInstant(),
                date(consentValidUntil));
      }
      IncidentPersonKind personKind = enumOf(IncidentPersonKind.class, kind);
      UUID victim = uuid(victimId);
      if (victim != null) {
        return NewIncidentPerson.existing(victim, personKind, residenceCountry, language, consent);
      }
      return NewIncidentPerson.newVictim(
          new VictimDetails(
              tidy(fullName),
              tidy(phone),
              tidy(email),
              null,
              null,
              tidy(language),
              tidy(residenceCountry)),
          personKind,
          residenceCountry,
          language,
          consent);
    }
  }

  /** The "refer all victims in a country" form. */
  record ReferForm(String receiverOrganisationId, String service, String urgency, String message) {

    static ReferForm empty() {
      return new ReferForm("", "", ReferralUrgency.STANDARD.name(), "");
    }

    UUID receiver() {
      return uuid(receiverOrganisationId);
    }

    SupportService supportService() {
      return enumOf(SupportService.class, service);
    }

    ReferralUrgency referralUrgency() {
      return enumOf(ReferralUrgency.class, urgency);
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static String tidy(String value) {
    return blank(value) ? null : value.strip();
  }

  static LocalDate date(String value) {
    try {
      return blank(value) ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static LocalTime time(String value) {
    try {
      return blank(value) ? null : LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static UUID uuid(String value) {
    try {
      return blank(value) ? null : UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    try {
      return blank(value) ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
