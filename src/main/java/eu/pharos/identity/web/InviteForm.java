package eu.pharos.identity.web;

import eu.pharos.identity.InviteUser;
import eu.pharos.identity.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.validation.Errors;

public class InviteForm {

  private String displayName = "";
  private String email = "";
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName == null ? "" : displayName.strip();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null ? "" : email.strip();
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles =
        roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  void validate(Set<Role> grantable, Errors errors) {
    if (displayName.isEmpty()) {
      errors.rejectValue("displayName", "users.invite.error.nameRequired");
    } else if (displayName.length() > 120) {
      errors.rejectValue("displayName", "users.invite.error.name");
    }
    if (email.isEmpty()) {
      errors.rejectValue("email", "users.invite.error.emailRequired");
    } else if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.rejectValue("email", "users.invite.error.email");
    }
    RolesForm.validate(roles, grantable, errors);
  }

  InviteUser toCommand() {
    return new InviteUser(displayName, email, roles);
  }
}
