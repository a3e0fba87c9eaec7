package eu.pharos.helpline.contact.web;

/** The case a contact is to be linked to, by its reference as typed. */
public class LinkForm {

  private String caseReference = "";

  public String getCaseReference() {
    return caseReference;
  }

  public void setCaseReference(String caseReference) {
    this.caseReference = caseReference == null ? "" : caseReference.strip();
  }
}
