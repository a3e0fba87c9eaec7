package eu.pharos.helpline.cases;

import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.AssessmentQuestion.Answer;
import eu.pharos.helpline.AssessmentQuestion.Section;
import java.util.Map;
import java.util.Set;

/**
 * Whether a submitted needs assessment shows specific protection needs (Directive 2012/29/EU,
 * Article 22). The rule, as Pharos applies it:
 *
 * <ul>
 *   <li>the victim is a child: Article 22(4) presumes that child victims have specific protection
 *       needs;
 *   <li>or any risk indicator (the questions of section RISK: repeat victimisation, intimidation,
 *       retaliation, secondary victimisation, the offender's access to the victim, self-harm) is
 *       answered yes: Article 22(1) asks to identify exactly these risks;
 *   <li>or the crime is one that Article 22(3) names for "particular attention": a crime with a
 *       bias or discriminatory motive, terrorism, trafficking in human beings, sexual violence or
 *       exploitation, or violence in a close relationship.
 * </ul>
 *
 * <p>"Unknown" is not "yes": an advisor who cannot tell says so in the summary and reassesses when
 * they know more. The result supports the advisor's judgement; the recommended protection measures
 * stay the advisor's choice.
 */
final class ProtectionNeeds {

  /** The crimes of Article 22(3) whose victims get particular attention. */
  static final Set<AssessmentQuestion> PARTICULAR_ATTENTION =
      Set.of(
          AssessmentQuestion.HATE_OR_BIAS_MOTIVE,
          AssessmentQuestion.TERRORISM,
          AssessmentQuestion.TRAFFICKING,
          AssessmentQuestion.SEXUAL_VIOLENCE_OR_EXPLOITATION,
          AssessmentQuestion.VIOLENCE_IN_CLOSE_RELATIONSHIP);

  private ProtectionNeeds() {}

  static boolean specific(Map<AssessmentQuestion, Answer> answers) {
    for (Map.Entry<AssessmentQuestion, Answer> answer : answers.entrySet()) {
      if (answer.getValue() != Answer.YES) {
        continue;
      }
      AssessmentQuestion question = answer.getKey();
      if (question == AssessmentQuestion.CHILD
          || question.section() == Section.RISK
          || PARTICULAR_ATTENTION.contains(question)) {
        return true;
      }
    }
    return false;
  }
}
