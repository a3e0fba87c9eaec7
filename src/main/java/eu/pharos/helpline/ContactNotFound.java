package eu.pharos.helpline;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** An unknown contact, or one of another organisation: the two are not told apart. */
public class ContactNotFound extends RecordNotFound {

  public ContactNotFound(UUID id) {
    super("no contact " + id + " in this organisation");
  }
}
