package eu.pharos.helpline.cases.web;

import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.shared.web.FormValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * The open-case form: who the victim is (one found by search, new details, or nobody named yet),
 * the crime, and who works on the case.
 */
public class OpenCaseForm extends CrimeForm {

  static final String EXISTING = "existing";
  static final String NEW = "new";
  static final String UNNAMED = "unnamed";

  private String victim = UNNAMED;
  private String victimQuery = "";
  private String victimId = "";
  private String fullName = "";
  private String phone = "";
  private String email = "";
  private String address = "";
  private String dateOfBirth = "";
  private String preferredLanguage = "";
  private String victimResidenceCountry = "";
  private String leadAdvisorId = "";
  private List<String> team = new ArrayList<>();

  @Override
  public void validate(Errors errors) {
    super.validate(errors);
    if (EXISTING.equals(victim) && FormValues.id(victimId) == null) {
      errors.rejectValue("victimId", "helpline.cases.error.victim.choose");
    }
    if (NEW.equals(victim) && !dateOfBirth.isEmpty() && FormValues.date(dateOfBirth) == null) {
      errors.rejectValue("dateOfBirth", "helpline.cases.error.date");
    }
    if (!leadAdvisorId.isEmpty() && FormValues.id(leadAdvisorId) == null) {
      errors.rejectValue("leadAdvisorId", "helpline.cases.error.advisor.unknown");
    }
    if (team.stream().anyMatch(id -> FormValues.id(id) == null)) {
      errors.rejectValue("team", "helpline.cases.error.advisor.unknown");
    }
  }

  NewCase toCommand() {
    UUID existing = EXISTING.equals(victim) ? FormValues.id(victimId) : null;
    VictimDetails details =
        NEW.equals(victim)
            ? new VictimDetails(
                fullName,
                phone,
                email,
                address,
                FormValues.date(dateOfBirth),
                preferredLanguage,
                victimResidenceCountry)
            : null;
    Set<UUID> advisors = new LinkedHashSet<>();
    team.forEach(id -> advisors.add(FormValues.id(id)));
    return new NewCase(existing, details, toDetails(), FormValues.id(leadAdvisorId), advisors);
  }

  public String getVictim() {
    return victim;
  }

  public void setVictim(String victim) {
    String value = FormValues.clean(victim);
    this.victim = EXISTING.equals(value) || NEW.equals(value) ? value : UNNAMED;
  }

  public String getVictimQuery() {
    return victimQuery;
  }

  public void setVictimQuery(String victimQuery) {
    this.victimQuery = FormValues.clean(victimQuery);
  }

  public String getVictimId() {
    return victimId;
  }

  public void setVictimId(String victimId) {
    this.victimId = FormValues.clean(victimId);
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = FormValues.clean(fullName);
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = FormValues.clean(phone);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = FormValues.clean(email);
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = FormValues.clean(address);
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String dateOfBirth) {
    this.dateOfBirth = FormValues.clean(dateOfBirth);
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = FormValues.clean(preferredLanguage);
  }

  public String getVictimResidenceCountry() {
    return victimResidenceCountry;
  }

  public void setVictimResidenceCountry(String victimResidenceCountry) {
    this.victimResidenceCountry = FormValues.clean(victimResidenceCountry);
  }

  public String getLeadAdvisorId() {
    return leadAdvisorId;
  }

  public void setLeadAdvisorId(String leadAdvisorId) {
    this.leadAdvisorId = FormValues.clean(leadAdvisorId);
  }

  public List<String> getTeam() {
    return team;
  }

  public void setTeam(List<String> team) {
    this.team = team == null ? new ArrayList<>() : new ArrayList<>(team);
  }
}
