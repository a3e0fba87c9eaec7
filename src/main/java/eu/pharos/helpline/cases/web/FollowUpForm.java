package eu.pharos.helpline.cases.web;

import eu.pharos.helpline.NewFollowUp;
import eu.pharos.shared.web.FormValues;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.validation.Errors;

/** A new follow-up: a day and a time in the organisation's country, who, and why. */
public class FollowUpForm {

  private String dueDate = "";
  private String dueTime = "";
  private String assigneeId = "";
  private String note = "";

  void validate(Errors errors) {
    if (dueDate.isEmpty()) {
      errors.rejectValue("dueDate", "helpline.cases.error.due-at.required");
    } else if (FormValues.date(dueDate) == null) {
      errors.rejectValue("dueDate", "helpline.cases.error.date");
    }
    if (!dueTime.isEmpty() && FormValues.time(dueTime) == null) {
      errors.rejectValue("dueTime", "helpline.cases.error.time");
    }
    if (!assigneeId.isEmpty() && FormValues.id(assigneeId) == null) {
      errors.rejectValue("assigneeId", "helpline.cases.error.advisor.unknown");
    }
  }

  /** Without a time, a follow-up is due at nine in the morning. */
  NewFollowUp toCommand(ZoneId zone) {
    LocalDate day = FormValues.date(dueDate);
    LocalTime time = dueTime.isEmpty() ? LocalTime.of(9, 0) : FormValues.time(dueTime);
    return new NewFollowUp(
        day == null ? null : day.atTime(time).atZone(zone).toInstant(),
        FormValues.id(assigneeId),
        note);
  }

  public String getDueDate() {
    return dueDate;
  }

  public void setDueDate(String dueDate) {
    this.dueDate = FormValues.clean(dueDate);
  }

  public String getDueTime() {
    return dueTime;
  }

  public void setDueTime(String dueTime) {
    this.dueTime = FormValues.clean(dueTime);
  }

  public String getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(String assigneeId) {
    this.assigneeId = FormValues.clean(assigneeId);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = FormValues.clean(note);
  }
}
