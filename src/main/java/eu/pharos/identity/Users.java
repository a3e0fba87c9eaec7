package eu.pharos.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff users. Every method is scoped to the caller's organisation: a user of another organisation
 * is "not found", whatever its id.
 */
public interface Users {

  Optional<UserView> find(UUID id);

  List<UserView> inMyOrganisation();
}
