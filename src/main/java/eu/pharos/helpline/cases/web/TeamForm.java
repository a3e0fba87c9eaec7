package eu.pharos.helpline.cases.web;

import eu.pharos.helpline.CaseView;
import eu.pharos.shared.web.FormValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/** The lead advisor and the team of a case. */
public class TeamForm implements VersionedForm {

  private String leadAdvisorId = "";
  private List<String> team = new ArrayList<>();
  private long version;

  static TeamForm of(CaseView view) {
    TeamForm form = new TeamForm();
    form.leadAdvisorId = FormValues.text(view.leadAdvisorId());
    view.team().forEach(id -> form.team.add(id.toString()));
    form.version = view.version();
    return form;
  }

  @Override
  public void validate(Errors errors) {
    if (FormValues.id(leadAdvisorId) == null) {
      errors.rejectValue("leadAdvisorId", "helpline.cases.error.lead.required");
    }
    if (team.stream().anyMatch(id -> FormValues.id(id) == null)) {
      errors.rejectValue("team", "helpline.cases.error.advisor.unknown");
    }
  }

  UUID lead() {
    return FormValues.id(leadAdvisorId);
  }

  Set<UUID> members() {
    Set<UUID> members = new LinkedHashSet<>();
    team.forEach(id -> members.add(FormValues.id(id)));
    return members;
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

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public void setVersion(long version) {
    this.version = version;
  }
}
