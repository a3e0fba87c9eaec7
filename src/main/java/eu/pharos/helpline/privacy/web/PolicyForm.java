package eu.pharos.helpline.privacy.web;

import eu.pharos.helpline.RetentionPolicy;

/** The retention policy as typed, with the version the admin started from. */
public class PolicyForm {

  private String closedCaseRetentionDays = "";
  private long version;

  static PolicyForm of(RetentionPolicy policy) {
    PolicyForm form = new PolicyForm();
    form.closedCaseRetentionDays = String.valueOf(policy.closedCaseRetentionDays());
    form.version = policy.version();
    return form;
  }

  /** The days typed, or null when they are not a whole number. */
  Integer days() {
    try {
      return Integer.valueOf(closedCaseRetentionDays);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public String getClosedCaseRetentionDays() {
    return closedCaseRetentionDays;
  }

  public void setClosedCaseRetentionDays(String closedCaseRetentionDays) {
    this.closedCaseRetentionDays =
        closedCaseRetentionDays == null ? "" : closedCaseRetentionDays.strip();
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
