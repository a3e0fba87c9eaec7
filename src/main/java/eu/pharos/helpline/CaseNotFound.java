package eu.pharos.helpline;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** An unknown case, or one of another organisation: the two are not told apart. */
public class CaseNotFound extends RecordNotFound {

  public CaseNotFound(UUID id) {
    super("no case " + id + " in this organisation");
  }
}
