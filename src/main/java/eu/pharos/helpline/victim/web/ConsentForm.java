package eu.pharos.helpline.victim.web;

import eu.pharos.helpline.ConsentKind;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.NewConsent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * The form that records a consent. The day and time it was given are read in the organisation's
 * time zone; without a time, the start of that day.
 */
public class ConsentForm {

  private String kind;
  private String sharedWithOrganisationId;
  private String sharedWithName;
  private String purpose;
  private String method;
  private String givenOn;
  private String givenAtTime;
  private String validUntil;

  static ConsentForm startingAt(Instant now, ZoneId zone) {
    ConsentForm form = new ConsentForm();
    form.givenOn = LocalDate.ofInstant(now, zone).toString();
    form.givenAtTime = LocalTime.ofInstant(now, zone).withSecond(0).withNano(0).toString();
    return form;
  }

  /** Problems the facade cannot see: values that are no kind, method, day, time or id. */
  void validate(Errors errors) {
    if (blank(kind)) {
      errors.rejectValue("kind", "helpline.consent.error.kind-missing");
    } else if (parse(ConsentKind.class, kind) == null) {
      errors.rejectValue("kind", "helpline.consent.error.kind-missing");
    }
    if (blank(method) || parse(ConsentMethod.class, method) == null) {
      errors.rejectValue("method", "helpline.consent.error.method-missing");
    }
    if (blank(givenOn)) {
      errors.rejectValue("givenOn", "helpline.consent.error.given-at-missing");
    } else if (date(givenOn) == null) {
      errors.rejectValue("givenOn", "helpline.victim.error.date-malformed");
    }
    if (!blank(givenAtTime) && time(givenAtTime) == null) {
      errors.rejectValue("givenAtTime", "helpline.consent.error.time-malformed");
    }
    if (!blank(validUntil) && date(validUntil) == null) {
      errors.rejectValue("validUntil", "helpline.victim.error.date-malformed");
    }
    if (!blank(sharedWithOrganisationId) && uuid(sharedWithOrganisationId) == null) {
      errors.rejectValue("sharedWithOrganisationId", "helpline.consent.error.not-a-member");
    }
  }

  NewConsent toConsent(ZoneId zone) {
    LocalTime at = blank(givenAtTime) ? LocalTime.MIDNIGHT : time(givenAtTime);
    return new NewConsent(
        parse(ConsentKind.class, kind),
        blank(sharedWithOrganisationId) ? null : uuid(sharedWithOrganisationId),
        sharedWithName,
        purpose,
        parse(ConsentMethod.class, method),
        date(givenOn).atTime(at).atZone(zone).toInstant(),
        blank(validUntil) ? null : date(validUntil));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalTime time(String value) {
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    for (E each : type.getEnumConstants()) {
      if (each.name().equals(value.strip())) {
        return each;
      }
    }
    return null;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getSharedWithOrganisationId() {
    return sharedWithOrganisationId;
  }

  public void setSharedWithOrganisationId(String sharedWithOrganisationId) {
    this.sharedWithOrganisationId = sharedWithOrganisationId;
  }

  public String getSharedWithName() {
    return sharedWithName;
  }

  public void setSharedWithName(String sharedWithName) {
    this.sharedWithName = sharedWithName;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getGivenOn() {
    return givenOn;
  }

  public void setGivenOn(String givenOn) {
    this.givenOn = givenOn;
  }

  public String getGivenAtTime() {
    return givenAtTime;
  }

  public void setGivenAtTime(String givenAtTime) {
    this.givenAtTime = givenAtTime;
  }

  public String getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(String validUntil) {
    this.validUntil = validUntil;
  }
}
