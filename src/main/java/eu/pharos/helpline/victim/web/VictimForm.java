package eu.pharos.helpline.victim.web;

import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimView;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;

/** The register and rectify forms: what the advisor typed, kept as typed until it is accepted. */
public class VictimForm {

  private String fullName;
  private String phone;
  private String email;
  private String address;
  private String dateOfBirth;
  private String preferredLanguage;
  private String residenceCountry;
  private Long version;

  static VictimForm of(VictimView victim) {
    VictimForm form = new VictimForm();
    VictimDetails details = victim.details();
    form.fullName = details.fullName();
    form.phone = details.phone();
    form.email = details.email();
    form.address = details.address();
    form.dateOfBirth = details.dateOfBirth() == null ? null : details.dateOfBirth().toString();
    form.preferredLanguage = details.preferredLanguage();
    form.residenceCountry = details.residenceCountry();
    form.version = victim.version();
    return form;
  }

  /** Problems the facade cannot see: a date that is no date. */
  void validate(Errors errors) {
    if (dateOfBirth != null && !dateOfBirth.isBlank()) {
      try {
        LocalDate.parse(dateOfBirth.strip());
      } catch (DateTimeParseException notADate) {
        errors.rejectValue("dateOfBirth", "helpline.victim.error.date-malformed");
      }
    }
  }

  VictimDetails toDetails() {
    return new VictimDetails(
        fullName,
        phone,
        email,
        address,
        dateOfBirth == null || dateOfBirth.isBlank() ? null : LocalDate.parse(dateOfBirth.strip()),
        preferredLanguage,
        residenceCountry);
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }

  public String getResidenceCountry() {
    return residenceCountry;
  }

  public void setResidenceCountry(String residenceCountry) {
    this.residenceCountry = residenceCountry;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
