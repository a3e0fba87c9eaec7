package eu.pharos.helpline;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** An unknown consent, or one of another victim or organisation: the cases are not told apart. */
public class ConsentNotFound extends RecordNotFound {

  public ConsentNotFound(UUID id) {
    super("no consent " + id + " of this victim in this organisation");
  }
}
