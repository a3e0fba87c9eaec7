package eu.pharos.identity;

import java.util.Objects;
import java.util.Set;

/** An administrator invites a colleague into their own organisation. */
public record InviteUser(String displayName, String email, Set<Role> roles) {

  public InviteUser {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
  }
}
