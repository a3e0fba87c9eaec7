package eu.pharos.chat;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** An unknown block or one of another organisation: the two are not told apart. */
public class ChatBlockNotFound extends RecordNotFound {

  public ChatBlockNotFound(UUID id) {
    super("no chat block " + id + " for this caller");
  }
}
