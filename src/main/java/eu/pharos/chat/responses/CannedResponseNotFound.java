package eu.pharos.chat.responses;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** An unknown canned response, or one of another organisation. */
public class CannedResponseNotFound extends RecordNotFound {

  public CannedResponseNotFound(UUID id) {
    super("no canned response " + id + " for this caller");
  }
}
