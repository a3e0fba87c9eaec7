package eu.pharos.network.engagement.web;

import eu.pharos.network.NewFollowUpAction;
import org.springframework.validation.Errors;

/** A new follow-up action as typed. */
public class ActionForm {

  private String description = "";
  private String ownerName = "";
  private String ownerOrganisationId = "";
  private String dueOn = "";

  void validate(Errors errors) {
    if (!dueOn.isEmpty() && EngagementForm.parseDate(dueOn) == null) {
      errors.rejectValue("dueOn", "engagements.error.dateInvalid");
    }
    if (!ownerOrganisationId.isEmpty() && EngagementForm.parseId(ownerOrganisationId) == null) {
      errors.rejectValue("ownerOrganisationId", "engagements.error.organisationUnknown");
    }
  }

  NewFollowUpAction toCommand() {
    return new NewFollowUpAction(
        description,
        ownerName,
        EngagementForm.parseId(ownerOrganisationId),
        EngagementForm.parseDate(dueOn));
  }

  private static String clean(String value) {
    return value == null ? "" : value.strip();
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = clean(description);
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = clean(ownerName);
  }

  public String getOwnerOrganisationId() {
    return ownerOrganisationId;
  }

  public void setOwnerOrganisationId(String ownerOrganisationId) {
    this.ownerOrganisationId = clean(ownerOrganisationId);
  }

  public String getDueOn() {
    return dueOn;
  }

  public void setDueOn(String dueOn) {
    this.dueOn = clean(dueOn);
  }
}
