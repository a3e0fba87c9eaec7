package eu.pharos.standards.framework;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** A framework or an element of one that does not exist. */
public class FrameworkNotFound extends RecordNotFound {

  public FrameworkNotFound(String message) {
    super(message);
  }

  public static FrameworkNotFound forId(UUID id) {
    return new FrameworkNotFound("No framework or framework element " + id);
  }
}
