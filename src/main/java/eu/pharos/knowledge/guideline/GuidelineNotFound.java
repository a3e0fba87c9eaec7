package eu.pharos.knowledge.guideline;

import eu.pharos.shared.RecordNotFound;

/** No guideline by that id in the centre, or none the caller may read. */
public class GuidelineNotFound extends RecordNotFound {

  public GuidelineNotFound(Object id) {
    super("No guideline " + id);
  }
}
