package eu.pharos.helpline.cases.web;

/** Reopening a closed case, with the reason. */
public class ReopenForm {

  private String reason = "";

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason.strip();
  }
}
