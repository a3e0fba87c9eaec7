package eu.pharos.knowledge.practice;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** No practice by that id in the centre, or none the caller may see. */
public class PracticeNotFound extends RecordNotFound {

  PracticeNotFound(UUID id) {
    super("No practice " + id);
  }
}
