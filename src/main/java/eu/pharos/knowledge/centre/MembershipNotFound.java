package eu.pharos.knowledge.centre;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** No membership, request or invitation by that id in the centre. */
public class MembershipNotFound extends RecordNotFound {

  public MembershipNotFound(UUID id) {
    super("No membership " + id);
  }
}
