package eu.pharos.helpline.cases.web;

import eu.pharos.helpline.CaseOutcome;
import eu.pharos.shared.web.FormValues;
import org.springframework.validation.Errors;

/** Closing a case: its outcome and a closing note. */
public class CloseForm implements VersionedForm {

  private String outcome = "";
  private String closingNote = "";
  private long version;

  @Override
  public void validate(Errors errors) {
    if (!outcome.isEmpty() && FormValues.choice(CaseOutcome.class, outcome) == null) {
      errors.rejectValue("outcome", "helpline.cases.error.choice");
    }
  }

  CaseOutcome outcomeChoice() {
    return FormValues.choice(CaseOutcome.class, outcome);
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = FormValues.clean(outcome);
  }

  public String getClosingNote() {
    return closingNote;
  }

  public void setClosingNote(String closingNote) {
    this.closingNote = closingNote == null ? "" : closingNote.strip();
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
