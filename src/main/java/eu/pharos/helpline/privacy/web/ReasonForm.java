package eu.pharos.helpline.privacy.web;

/** A reason as typed: for a legal hold, or for an erasure with its confirmation. */
public class ReasonForm {

  private String reason = "";
  private boolean confirm;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason.strip();
  }

  public boolean isConfirm() {
    return confirm;
  }

  public void setConfirm(boolean confirm) {
    this.confirm = confirm;
  }
}
