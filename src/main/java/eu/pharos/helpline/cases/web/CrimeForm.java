package eu.pharos.helpline.cases.web;

import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.network.CrimeType;
import eu.pharos.shared.web.FormValues;
import org.springframework.validation.Errors;

/** The crime details as typed, on the open-case form and on the case page. */
public class CrimeForm implements VersionedForm {

  private String crimeType = "";
  private String crimeDate = "";
  private String place = "";
  private String crimeCountry = "";
  private String residenceCountry = "";
  private String summary = "";
  private long version;

  static CrimeForm of(CaseView view) {
    CrimeForm form = new CrimeForm();
    CrimeDetails crime = view.crime();
    form.crimeType = crime.crimeType() == null ? "" : crime.crimeType().name();
    form.crimeDate = FormValues.text(crime.crimeDate());
    form.place = FormValues.text(crime.place());
    form.crimeCountry = FormValues.text(crime.crimeCountry());
    form.residenceCountry = FormValues.text(crime.residenceCountry());
    form.summary = FormValues.text(crime.summary());
    form.version = view.version();
    return form;
  }

  /** Checks the shape of dates and choices; the rules are the facade's. */
  @Override
  public void validate(Errors errors) {
    if (!crimeType.isEmpty() && FormValues.choice(CrimeType.class, crimeType) == null) {
      errors.rejectValue("crimeType", "helpline.cases.error.choice");
    }
    if (!crimeDate.isEmpty() && FormValues.date(crimeDate) == null) {
      errors.rejectValue("crimeDate", "helpline.cases.error.date");
    }
  }

  CrimeDetails toDetails() {
    return new CrimeDetails(
        FormValues.choice(CrimeType.class, crimeType),
        FormValues.date(crimeDate),
        place,
        crimeCountry,
        residenceCountry,
        summary);
  }

  public String getCrimeType() {
    return crimeType;
  }

  public void setCrimeType(String crimeType) {
    this.crimeType = FormValues.clean(crimeType);
  }

  public String getCrimeDate() {
    return crimeDate;
  }

  public void setCrimeDate(String crimeDate) {
    this.crimeDate = FormValues.clean(crimeDate);
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = FormValues.clean(place);
  }

  public String getCrimeCountry() {
    return crimeCountry;
  }

  public void setCrimeCountry(String crimeCountry) {
    this.crimeCountry = FormValues.clean(crimeCountry);
  }

  public String getResidenceCountry() {
    return residenceCountry;
  }

  public void setResidenceCountry(String residenceCountry) {
    this.residenceCountry = FormValues.clean(residenceCountry);
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary == null ? "" : summary.strip();
  }

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public void setVersion(long version) {
    this.version = version;
  }
}
