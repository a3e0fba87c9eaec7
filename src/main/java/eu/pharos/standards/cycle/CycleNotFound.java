package eu.pharos.standards.cycle;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** A cycle, or a part of one, that does not exist or that the caller may not see. */
public class CycleNotFound extends RecordNotFound {

  public CycleNotFound(String message) {
    super(message);
  }

  public static CycleNotFound forId(UUID id) {
    return new CycleNotFound("No visible standards cycle or cycle record " + id);
  }
}
