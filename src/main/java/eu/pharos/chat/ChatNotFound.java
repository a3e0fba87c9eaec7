package eu.pharos.chat;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/**
 * An unknown conversation, one of another organisation, or a visitor key that does not open it: the
 * three are not told apart.
 */
public class ChatNotFound extends RecordNotFound {

  public ChatNotFound(UUID id) {
    super("no conversation " + id + " for this caller");
  }
}
