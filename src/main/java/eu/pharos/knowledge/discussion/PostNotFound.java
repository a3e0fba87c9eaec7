package eu.pharos.knowledge.discussion;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** No post by that id in the thread. */
public class PostNotFound extends RecordNotFound {

  PostNotFound(UUID id) {
    super("No post " + id);
  }
}
