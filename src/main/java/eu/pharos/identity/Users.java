package eu.pharos.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Staff users. Every method is scoped to the caller's organisation: a user of another organisation
 * is "not found", whatever its id.
 */
public interface Users {

  Optional<UserView> find(UUID id);

  List<UserView> inMyOrganisation();

  /**
   * The active users of any one organisation who hold any of {@code roles}, by name: for work that
   * must reach the people of another organisation (telling a member's staff of a step, finding the
   * network's evaluators), which the tenant scope of the caller's session could not see.
   */
  List<UserView> activeIn(UUID organisationId, Set<Role> roles);

  /** The active users of every organisation who hold any of {@code roles}, by name. */
  List<UserView> activeWith(Set<Role> roles);
}
