package eu.pharos.helpline.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.helpline.WellbeingQuestion;
import eu.pharos.shared.InvalidInput;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scores of the wellbeing check: round(100 * (sum - 4) / 16) per scale of 4 statements. */
class WellbeingScoringTest {

  @Test
  void neverEverywhereScoresZeroAndVeryOftenEverywhereScoresAHundred() {
    assertThat(WellbeingScoring.score(all(1))).isEqualTo(new WellbeingScoring.Scores(0, 0, 0));
    assertThat(WellbeingScoring.score(all(5)))
        .isEqualTo(new WellbeingScoring.Scores(100, 100, 100));
    assertThat(WellbeingScoring.score(all(3))).isEqualTo(new WellbeingScoring.Scores(50, 50, 50));
  }

  @Test
  void eachScaleCountsOnlyItsOwnStatementsAndRoundsHalfUp() {
    Map<WellbeingQuestion, Integer> answers = all(1);
    // Compassion fatigue 2+3+3+4 = 12: 100 * 8 / 16 = 50.
    answers.put(WellbeingQuestion.INTRUSIVE_THOUGHTS, 2);
    answers.put(WellbeingQuestion.AVOIDING_REMINDERS, 3);
    answers.put(WellbeingQuestion.JUMPY_OR_ON_EDGE, 3);
    answers.put(WellbeingQuestion.EMOTIONALLY_NUMB, 4);
    // Burnout 1+1+2+2 = 6: 100 * 2 / 16 = 12.5, rounded up to 13.
    answers.put(WellbeingQuestion.TROUBLE_SLEEPING, 2);
    answers.put(WellbeingQuestion.LESS_PATIENT, 2);
    // Satisfaction 5+5+4+1 = 15: 100 * 11 / 16 = 68.75, rounded to 69.
    answers.put(WellbeingQuestion.PROUD_OF_WORK, 5);
    answers.put(WellbeingQuestion.SUPPORTED_BY_COLLEAGUES, 5);
    answers.put(WellbeingQuestion.MAKING_A_DIFFERENCE, 4);

    assertThat(WellbeingScoring.score(answers)).isEqualTo(new WellbeingScoring.Scores(50, 13, 69));
    // 1+1+1+2 = 5: 100 / 16 = 6.25, rounded down to 6.
    Map<WellbeingQuestion, Integer> low = all(1);
    low.put(WellbeingQuestion.LESS_PATIENT, 2);
    assertThat(WellbeingScoring.score(low).burnout()).isEqualTo(6);
  }

  @Test
  void everyUnansweredOrOutOfRangeStatementIsNamed() {
    Map<WellbeingQuestion, Integer> answers = all(3);
    answers.remove(WellbeingQuestion.TROUBLE_SLEEPING);
    answers.put(WellbeingQuestion.PROUD_OF_WORK, 0);
    answers.put(WellbeingQuestion.ABLE_TO_SWITCH_OFF, 6);

    assertThatThrownBy(() -> WellbeingScoring.check(answers))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                    .containsExactly(
                        org.assertj.core.api.Assertions.tuple(
                            "answers.TROUBLE_SLEEPING", "helpline.wellbeing.error.unanswered"),
                        org.assertj.core.api.Assertions.tuple(
                            "answers.PROUD_OF_WORK", "helpline.wellbeing.error.outOfRange"),
                        org.assertj.core.api.Assertions.tuple(
                            "answers.ABLE_TO_SWITCH_OFF", "helpline.wellbeing.error.outOfRange")));
    assertThatThrownBy(() -> WellbeingScoring.check(null))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> assertThat(invalid.problems()).hasSize(WellbeingQuestion.values().length));
  }

  @Test
  void answersAreStoredAsOneLinePerQuestion() {
    assertThat(WellbeingScoring.text(all(2)))
        .startsWith("INTRUSIVE_THOUGHTS=2\nAVOIDING_REMINDERS=2\n")
        .endsWith("ABLE_TO_SWITCH_OFF=2")
        .hasLineCount(12);
  }

  static Map<WellbeingQuestion, Integer> all(int answer) {
    Map<WellbeingQuestion, Integer> answers = new EnumMap<>(WellbeingQuestion.class);
    for (WellbeingQuestion question : WellbeingQuestion.values()) {
      answers.put(question, answer);
    }
    return answers;
  }
}
