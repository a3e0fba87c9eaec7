package eu.pharos.knowledge.guideline;

import eu.pharos.shared.InvalidInput;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A change to a guideline that was adopted: its text is final, and a new version is the way to
 * change it. The message names the day it was adopted.
 */
public class GuidelineLocked extends InvalidInput {

  static final String MESSAGE = "knowledge.guideline.error.adopted";

  GuidelineLocked(Instant adoptedAt) {
    super(List.of(Problem.of(null, MESSAGE, Date.from(adoptedAt))));
  }
}
