package eu.pharos.helpline;

import eu.pharos.helpline.AssessmentQuestion.Answer;
import java.util.Map;
import java.util.Set;

/**
 * The answers of a needs assessment as the advisor saves them; questions left out are unanswered.
 *
 * @param expectedVersion the version of the draft the advisor started from; 0 for a new draft
 */
public record AssessmentDraft(
    Map<AssessmentQuestion, Answer> answers,
    Set<ProtectionMeasure> measures,
    String summary,
    long expectedVersion) {

  public AssessmentDraft {
    answers = answers == null ? Map.of() : Map.copyOf(answers);
    measures = measures == null ? Set.of() : Set.copyOf(measures);
  }
}
