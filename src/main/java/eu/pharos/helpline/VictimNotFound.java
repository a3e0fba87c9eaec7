package eu.pharos.helpline;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** An unknown victim, or one of another organisation: the two are not told apart. */
public class VictimNotFound extends RecordNotFound {

  public VictimNotFound(UUID id) {
    super("no victim " + id + " in this organisation");
  }
}
