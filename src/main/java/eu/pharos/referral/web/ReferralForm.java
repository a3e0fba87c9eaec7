package eu.pharos.referral.web;

import eu.pharos.helpline.ConsentMethod;
import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import eu.pharos.referral.NewReferral;
import eu.pharos.referral.ReferralConsent;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralPackage;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.shared.web.FormValues;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * The referral form as typed: the receiver, the victim's consent, urgency, service and message and,
 * for a referral from a contact, the package's items themselves. Everything stays text until it is
 * sent, so that a refused form comes back exactly as it was typed.
 */
class ReferralForm {

  static final int CONSENT_DAYS = 90;
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  // Where the referral comes from, where it goes, and the directory filter it was chosen with.
  private String caseId = "";
  private String contactId = "";
  private String to = "";
  private String country = "";
  private String language = "";

  private String service = "";
  private String urgency = ReferralUrgency.STANDARD.name();
  private List<String> items = new ArrayList<>();
  private String purpose = "";
  private String method = "";
  private String givenAt = "";
  private String validUntil = "";
  private String message = "";

  // The package's items, typed, for a referral from a contact.
  private String fullName = "";
  private String phone = "";
  private String email = "";
  private String address = "";
  private String dateOfBirth = "";
  private String preferredLanguage = "";
  private String residenceCountry = "";
  private String crimeType = "";
  private String crimeDate = "";
  private String crimePlace = "";
  private String crimeCountry = "";
  private String crimeSummary = "";

  /** A new form: consent given now, valid for {@value #CONSENT_DAYS} days. */
  static ReferralForm fresh(ZoneId zone) {
    ReferralForm form = new ReferralForm();
    LocalDateTime now = LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES);
    form.givenAt = now.format(MINUTES);
    form.validUntil = now.toLocalDate().plusDays(CONSENT_DAYS).toString();
    return form;
  }

  boolean fromCase() {
    return FormValues.id(caseId) != null;
  }

  Set<ReferralItem> chosenItems() {
    Set<ReferralItem> chosen = EnumSet.noneOf(ReferralItem.class);
    for (String item : items) {
      ReferralItem known = FormValues.choice(ReferralItem.class, item);
      if (known != null) {
        chosen.add(known);
      }
    }
    return chosen;
  }

  public boolean checked(ReferralItem item) {
    return items.contains(item.name());
  }

  /**
   * What the form cannot even read (malformed dates, unknown choices), by field id; the facade
   * checks the rest.
   */
  Map<String, String> unreadable(MessageSource messages, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!givenAt.isBlank() && FormValues.dateTime(givenAt) == null) {
      errors.put("givenAt", messages.getMessage("referral.web.error.dateTime", null, locale));
    }
    if (!validUntil.isBlank() && FormValues.date(validUntil) == null) {
      errors.put("validUntil", messages.getMessage("referral.web.error.date", null, locale));
    }
    if (!fromCase()) {
      Set<ReferralItem> chosen = chosenItems();
      if (chosen.contains(ReferralItem.DATE_OF_BIRTH)
          && !dateOfBirth.isBlank()
          && FormValues.date(dateOfBirth) == null) {
        errors.put("dateOfBirth", messages.getMessage("referral.web.error.date", null, locale));
      }
      if (chosen.contains(ReferralItem.CRIME_DATE)
          && !crimeDate.isBlank()
          && FormValues.date(crimeDate) == null) {
        errors.put("crimeDate", messages.getMessage("referral.web.error.date", null, locale));
      }
    }
    return errors;
  }

  NewReferral toCommand(ZoneId zone) {
    Set<ReferralItem> chosen = chosenItems();
    LocalDateTime given = FormValues.dateTime(givenAt);
    ReferralConsent consent =
        new ReferralConsent(
            chosen,
            blankToNull(purpose),
            FormValues.choice(ConsentMethod.class, method),
            given == null ? null : given.atZone(zone).toInstant(),
            FormValues.date(validUntil));
    ReferralPackage pkg = fromCase() ? null : typedPackage().only(chosen);
    return new NewReferral(
        FormValues.id(caseId),
        FormValues.id(contactId),
        FormValues.id(to),
        FormValues.choice(SupportService.class, service),
        FormValues.choice(ReferralUrgency.class, urgency),
        consent,
        pkg,
        blankToNull(message),
        null,
        null);
  }

  ReferralPackage typedPackage() {
    return new ReferralPackage(
        blankToNull(fullName),
        blankToNull(phone),
        blankToNull(email),
        blankToNull(address),
        FormValues.date(dateOfBirth),
        blankToNull(preferredLanguage),
        blankToNull(residenceCountry),
        FormValues.choice(CrimeType.class, crimeType),
        FormValues.date(crimeDate),
        blankToNull(crimePlace),
        blankToNull(crimeCountry),
        blankToNull(crimeSummary));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  // --- Bean properties for binding ---------------------------------------------------------------

  public String getCaseId() {
    return caseId;
  }

  public void setCaseId(String caseId) {
    this.caseId = text(caseId).strip();
  }

  public String getContactId() {
    return contactId;
  }

  public void setContactId(String contactId) {
    this.contactId = text(contactId).strip();
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = text(to).strip();
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = text(country).strip();
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = text(language).strip();
  }

  public String getService() {
    return service;
  }

  public void setService(String service) {
    this.service = text(service).strip();
  }

  public String getUrgency() {
    return urgency;
  }

  public void setUrgency(String urgency) {
    this.urgency = text(urgency).strip();
  }

  public List<String> getItems() {
    return items;
  }

  public void setItems(List<String> items) {
    this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = text(purpose);
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = text(method).strip();
  }

  public String getGivenAt() {
    return givenAt;
  }

  public void setGivenAt(String givenAt) {
    this.givenAt = text(givenAt).strip();
  }

  public String getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(String validUntil) {
    this.validUntil = text(validUntil).strip();
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = text(message);
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = text(fullName);
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = text(phone);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = text(email);
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = text(address);
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String dateOfBirth) {
    this.dateOfBirth = text(dateOfBirth).strip();
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = text(preferredLanguage).strip();
  }

  public String getResidenceCountry() {
    return residenceCountry;
  }

  public void setResidenceCountry(String residenceCountry) {
    this.residenceCountry = text(residenceCountry).strip();
  }

  public String getCrimeType() {
    return crimeType;
  }

  public void setCrimeType(String crimeType) {
    this.crimeType = text(crimeType).strip();
  }

  public String getCrimeDate() {
    return crimeDate;
  }

  public void setCrimeDate(String crimeDate) {
    this.crimeDate = text(crimeDate).strip();
  }

  public String getCrimePlace() {
    return crimePlace;
  }

  public void setCrimePlace(String crimePlace) {
    this.crimePlace = text(crimePlace);
  }

  public String getCrimeCountry() {
    return crimeCountry;
  }

  public void setCrimeCountry(String crimeCountry) {
    this.crimeCountry = text(crimeCountry).strip();
  }

  public String getCrimeSummary() {
    return crimeSummary;
  }

  public void setCrimeSummary(String crimeSummary) {
    this.crimeSummary = text(crimeSummary);
  }
}
