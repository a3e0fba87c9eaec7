package eu.pharos.knowledge.discussion;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** No thread by that id in the centre, or one the caller may not read. */
public class ThreadNotFound extends RecordNotFound {

  ThreadNotFound(UUID id) {
    super("No thread " + id);
  }
}
