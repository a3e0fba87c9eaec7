package eu.pharos.network.directory.web;

import eu.pharos.network.CrimeType;
import eu.pharos.network.MemberDetails;
import eu.pharos.network.MemberView;
import eu.pharos.network.SupportService;
import java.util.EnumSet;
import java.util.Set;

/** An organisation admin's profile details: contacts, time zone, languages, services, crimes. */
public class DetailsForm {

  private String website;
  private String email;
  private String phone;
  private String summary;
  private String timeZone;
  private String languages;
  private Set<SupportService> services = EnumSet.noneOf(SupportService.class);
  private Set<CrimeType> crimeTypes = EnumSet.noneOf(CrimeType.class);
  private String regions;

  static DetailsForm of(MemberView member) {
    DetailsForm form = new DetailsForm();
    form.website = member.website();
    form.email = member.email();
    form.phone = member.phone();
    form.summary = member.summary();
    form.timeZone = member.timeZone().getId();
    form.languages = String.join(", ", member.languages());
    form.services =
        member.services().isEmpty()
            ? EnumSet.noneOf(SupportService.class)
            : EnumSet.copyOf(member.services());
    form.crimeTypes =
        member.crimeTypes().isEmpty()
            ? EnumSet.noneOf(CrimeType.class)
            : EnumSet.copyOf(member.crimeTypes());
    form.regions = String.join("\n", member.regions());
    return form;
  }

  MemberDetails toCommand() {
    return new MemberDetails(
        website,
        email,
        phone,
        summary,
        timeZone,
        FormErrors.codes(languages),
        services,
        crimeTypes,
        FormErrors.lines(regions));
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public Set<SupportService> getServices() {
    return services;
  }

  public void setServices(Set<SupportService> services) {
    this.services = services == null ? EnumSet.noneOf(SupportService.class) : services;
  }

  public Set<CrimeType> getCrimeTypes() {
    return crimeTypes;
  }

  public void setCrimeTypes(Set<CrimeType> crimeTypes) {
    this.crimeTypes = crimeTypes == null ? EnumSet.noneOf(CrimeType.class) : crimeTypes;
  }

  public String getRegions() {
    return regions;
  }

  public void setRegions(String regions) {
    this.regions = regions;
  }
}
