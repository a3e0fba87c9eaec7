package eu.pharos.helpline;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** An unknown quality review, or one of another organisation: the two are not told apart. */
public class QualityReviewNotFound extends RecordNotFound {

  public QualityReviewNotFound(UUID id) {
    super("no quality review " + id + " in this organisation");
  }
}
