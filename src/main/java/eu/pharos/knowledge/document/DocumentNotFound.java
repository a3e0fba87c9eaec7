package eu.pharos.knowledge.document;

import eu.pharos.shared.RecordNotFound;

/** No document, folder or version by that id in the centre, or none the caller may see. */
public class DocumentNotFound extends RecordNotFound {

  private DocumentNotFound(String message) {
    super(message);
  }

  public static DocumentNotFound forId(Object id) {
    return new DocumentNotFound("No document, folder or version " + id);
  }
}
