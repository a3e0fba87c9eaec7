package eu.pharos.network.directory.web;

import eu.pharos.network.MembershipChangeRequest;
import eu.pharos.network.MembershipType;

/** An organisation admin asks for another membership type. */
public class MembershipForm {

  private MembershipType requestedType;
  private String reason;

  MembershipChangeRequest toCommand() {
    return new MembershipChangeRequest(requestedType, reason);
  }

  public MembershipType getRequestedType() {
    return requestedType;
  }

  public void setRequestedType(MembershipType requestedType) {
    this.requestedType = requestedType;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
