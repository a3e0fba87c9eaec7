package eu.pharos.network.directory.web;

import eu.pharos.network.AddMember;
import eu.pharos.network.MembershipType;

/** The secretariat's "add a member" form. */
public class AddMemberForm {

  private String name;
  private String shortName;
  private String countryCode;
  private MembershipType membershipType = MembershipType.FULL;
  private String website;
  private String email;
  private String timeZone;

  AddMember toCommand() {
    return new AddMember(name, shortName, countryCode, membershipType, website, email, timeZone);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = countryCode;
  }

  public MembershipType getMembershipType() {
    return membershipType;
  }

  public void setMembershipType(MembershipType membershipType) {
    this.membershipType = membershipType;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
