package eu.pharos.helpline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.AssessmentQuestion.Answer;
import eu.pharos.helpline.AssessmentQuestion.Section;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rule that flags specific protection needs, question by question. */
class ProtectionNeedsTest {

  @Test
  void nothingAnsweredYesMeansNoSpecificNeeds() {
    assertThat(ProtectionNeeds.specific(answersWith(null))).isFalse();
  }

  @ParameterizedTest
  @EnumSource(AssessmentQuestion.class)
  void onlyAChildARiskOrACrimeOfArticle22Point3AnsweredYesFlagsSpecificNeeds(
      AssessmentQuestion question) {
    boolean expected =
        question == AssessmentQuestion.CHILD
            || question.section() == Section.RISK
            || ProtectionNeeds.PARTICULAR_ATTENTION.contains(question);
    if (question.scale() == AssessmentQuestion.Scale.YES_NO) {
      assertThat(ProtectionNeeds.specific(answersWith(question)))
          .as("%s answered yes", question)
          .isEqualTo(expected);
    } else {
      assertThat(expected).as("support needs never decide it").isFalse();
    }
  }

  @Test
  void notKnownIsNotYes() {
    Map<AssessmentQuestion, Answer> answers = answersWith(null);
    answers.put(AssessmentQuestion.CHILD, Answer.UNKNOWN);
    answers.put(AssessmentQuestion.SELF_HARM, Answer.UNKNOWN);
    assertThat(ProtectionNeeds.specific(answers)).isFalse();
  }

  /** Every question answered "no" or "no need", and {@code yes} (if any) answered yes. */
  private static Map<AssessmentQuestion, Answer> answersWith(AssessmentQuestion yes) {
    Map<AssessmentQuestion, Answer> answers = new EnumMap<>(AssessmentQuestion.class);
    for (AssessmentQuestion question : AssessmentQuestion.values()) {
      answers.put(
          question,
          question.scale() == AssessmentQuestion.Scale.YES_NO ? Answer.NO : Answer.HIGH_NEED);
    }
    if (yes != null) {
      answers.put(yes, Answer.YES);
    }
    return answers;
  }
}
