package eu.pharos.identity.web;

import eu.pharos.identity.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.validation.Errors;

public class RolesForm {

  private Set<Role> roles = EnumSet.noneOf(Role.class);

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles =
        roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  void validate(Set<Role> grantable, Errors errors) {
    validate(roles, grantable, errors);
  }

  static void validate(Set<Role> roles, Set<Role> grantable, Errors errors) {
    if (errors.hasFieldErrors("roles")) {
      return;
    }
    if (roles.isEmpty()) {
      errors.rejectValue("roles", "users.error.noRole");
    } else if (!grantable.containsAll(roles)) {
      errors.rejectValue("roles", "users.error.roleNotGrantable");
    }
  }
}
