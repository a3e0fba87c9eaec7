package eu.pharos.helpline.wellbeing;

import eu.pharos.helpline.WellbeingQuestion;
import eu.pharos.helpline.WellbeingQuestion.Scale;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Checks the answers of a wellbeing check and scores them.
 *
 * <p>Every statement is rated from 1 (never) to 5 (very often). A scale's score is the share of the
 * way from "never" on every statement to "very often" on every statement: {@code round(100 * (sum -
 * n) / (4 * n))} for its {@code n} statements (four each), so 0 to 100. Compassion fatigue and
 * burnout statements describe strain: a higher score means more strain. Satisfaction statements are
 * positive ("I am proud of my work"): a higher score means more satisfaction. No statement is
 * reversed, so each score reads the same way as its statements.
 */
final class WellbeingScoring {

  static final int LOWEST = 1;
  static final int HIGHEST = 5;

  /** Scores of one check, 0 to 100 per scale. */
  record Scores(int compassionFatigue, int burnout, int satisfaction) {}

  private WellbeingScoring() {}

  /**
   * @throws InvalidInput naming each question unanswered ({@code answers.<QUESTION>}) or out of
   *     range
   */
  static Map<WellbeingQuestion, Integer> check(Map<WellbeingQuestion, Integer> answers) {
    List<Problem> problems = new ArrayList<>();
    Map<WellbeingQuestion, Integer> checked = new EnumMap<>(WellbeingQuestion.class);
    for (WellbeingQuestion question : WellbeingQuestion.values()) {
      Integer answer = answers == null ? null : answers.get(question);
      if (answer == null) {
        problems.add(
            Problem.of(
                field(question), "helpline.wellbeing.error.unanswered", statement(question)));
      } else if (answer < LOWEST || answer > HIGHEST) {
        problems.add(
            Problem.of(
                field(question),
                "helpline.wellbeing.error.outOfRange",
                statement(question),
                LOWEST,
                HIGHEST));
      } else {
        checked.put(question, answer);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return Collections.unmodifiableMap(checked);
  }

  /** The statement in the reader's language, when the message is formatted. */
  private static DefaultMessageSourceResolvable statement(WellbeingQuestion question) {
    return new DefaultMessageSourceResolvable(question.messageKey());
  }

  static String field(WellbeingQuestion question) {
    return "answers." + question.name();
  }

  /** The scores of complete, checked answers. */
  static Scores score(Map<WellbeingQuestion, Integer> answers) {
    return new Scores(
        score(answers, Scale.COMPASSION_FATIGUE),
        score(answers, Scale.BURNOUT),
        score(answers, Scale.SATISFACTION));
  }

  static int score(Map<WellbeingQuestion, Integer> answers, Scale scale) {
    int sum = 0;
    int n = 0;
    for (WellbeingQuestion question : WellbeingQuestion.values()) {
      if (question.scale() == scale) {
        sum += answers.get(question);
        n++;
      }
    }
    int range = (HIGHEST - LOWEST) * n;
    // Rounded half up, in whole numbers: 100 * (sum - n) / range.
    return (200 * (sum - LOWEST * n) + range) / (2 * range);
  }

  /** "QUESTION=ANSWER" lines, in the order of the questions. */
  static String text(Map<WellbeingQuestion, Integer> answers) {
    return new EnumMap<>(answers)
        .entrySet().stream()
            .map(e -> e.getKey().name() + "=" + e.getValue())
            .collect(Collectors.joining("\n"));
  }
}
