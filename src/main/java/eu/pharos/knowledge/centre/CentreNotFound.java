package eu.pharos.knowledge.centre;

import eu.pharos.shared.RecordNotFound;

/** No centre by that id or short name. */
public class CentreNotFound extends RecordNotFound {

  private CentreNotFound(String message) {
    super(message);
  }

  public static CentreNotFound forKey(Object key) {
    return new CentreNotFound("No centre " + key);
  }
}
