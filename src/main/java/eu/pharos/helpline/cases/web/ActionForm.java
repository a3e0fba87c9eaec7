package eu.pharos.helpline.cases.web;

import eu.pharos.helpline.NewPlanAction;
import eu.pharos.shared.web.FormValues;
import org.springframework.validation.Errors;

/** A new action of the support plan. */
public class ActionForm {

  private String description = "";
  private String ownerId = "";
  private String dueOn = "";

  void validate(Errors errors) {
    if (!ownerId.isEmpty() && FormValues.id(ownerId) == null) {
      errors.rejectValue("ownerId", "helpline.cases.error.advisor.unknown");
    }
    if (!dueOn.isEmpty() && FormValues.date(dueOn) == null) {
      errors.rejectValue("dueOn", "helpline.cases.error.date");
    }
  }

  NewPlanAction toCommand() {
    return new NewPlanAction(description, FormValues.id(ownerId), FormValues.date(dueOn));
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = FormValues.clean(description);
  }

  public String getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(String ownerId) {
    this.ownerId = FormValues.clean(ownerId);
  }

  public String getDueOn() {
    return dueOn;
  }

  public void setDueOn(String dueOn) {
    this.dueOn = FormValues.clean(dueOn);
  }
}
