package eu.pharos.helpline;

import java.util.List;

/**
 * The questions of the individual needs assessment (Directive 2012/29/EU, Article 22): personal
 * characteristics, the type and circumstances of the crime, risk indicators and support needs.
 * Answers are stored by the question's name, so never rename one; a new question is added at the
 * end of its section, with its text in every language of {@code i18n/helpline-cases.properties}
 * ({@code helpline.assessment.question.<NAME>} and {@code .hint}).
 */
public enum AssessmentQuestion {
  // Personal characteristics (Article 22(3))
  CHILD(Section.PERSONAL, Scale.YES_NO),
  OLDER_PERSON(Section.PERSONAL, Scale.YES_NO),
  DISABILITY(Section.PERSONAL, Scale.YES_NO),
  COMMUNICATION_OR_LANGUAGE_NEEDS(Section.PERSONAL, Scale.YES_NO),
  RESIDENCE_STATUS_CONCERN(Section.PERSONAL, Scale.YES_NO),
  DEPENDENT_ON_OFFENDER(Section.PERSONAL, Scale.YES_NO),
  CLOSE_RELATIONSHIP_WITH_OFFENDER(Section.PERSONAL, Scale.YES_NO),
  DISCRIMINATION_RISK(Section.PERSONAL, Scale.YES_NO),
  // Type, nature and circumstances of the crime (Article 22(2) and (3))
  HATE_OR_BIAS_MOTIVE(Section.CRIME, Scale.YES_NO),
  TERRORISM(Section.CRIME, Scale.YES_NO),
  ORGANISED_CRIME(Section.CRIME, Scale.YES_NO),
  VIOLENCE_IN_CLOSE_RELATIONSHIP(Section.CRIME, Scale.YES_NO),
  SEXUAL_VIOLENCE_OR_EXPLOITATION(Section.CRIME, Scale.YES_NO),
  TRAFFICKING(Section.CRIME, Scale.YES_NO),
  CONSIDERABLE_HARM(Section.CRIME, Scale.YES_NO),
  // Risk indicators (Article 22(1))
  REPEAT_VICTIMISATION(Section.RISK, Scale.YES_NO),
  INTIMIDATION(Section.RISK, Scale.YES_NO),
  RETALIATION(Section.RISK, Scale.YES_NO),
  SECONDARY_VICTIMISATION(Section.RISK, Scale.YES_NO),
  OFFENDER_HAS_ACCESS(Section.RISK, Scale.YES_NO),
  SELF_HARM(Section.RISK, Scale.YES_NO),
  // Support needs (Articles 8 and 9)
  INFORMATION_ON_RIGHTS(Section.SUPPORT, Scale.NEED),
  EMOTIONAL_SUPPORT(Section.SUPPORT, Scale.NEED),
  PSYCHOLOGICAL_SUPPORT(Section.SUPPORT, Scale.NEED),
  PRACTICAL_HELP(Section.SUPPORT, Scale.NEED),
  LEGAL_INFORMATION(Section.SUPPORT, Scale.NEED),
  COURT_ACCOMPANIMENT(Section.SUPPORT, Scale.NEED),
  COMPENSATION(Section.SUPPORT, Scale.NEED),
  SAFE_ACCOMMODATION(Section.SUPPORT, Scale.NEED),
  MEDICAL_CARE(Section.SUPPORT, Scale.NEED),
  INTERPRETATION(Section.SUPPORT, Scale.NEED);

  /** The parts of the questionnaire, in the order they are asked. */
  public enum Section {
    PERSONAL,
    CRIME,
    RISK,
    SUPPORT;

    public String messageKey() {
      return "helpline.assessment.section." + name();
    }
  }

  /** Which answers a question takes. */
  public enum Scale {
    YES_NO(List.of(Answer.YES, Answer.NO, Answer.UNKNOWN)),
    NEED(List.of(Answer.NO_NEED, Answer.SOME_NEED, Answer.HIGH_NEED));

    private final List<Answer> answers;

    Scale(List<Answer> answers) {
      this.answers = answers;
    }

    public List<Answer> answers() {
      return answers;
    }
  }

  /** An answer to one question. */
  public enum Answer {
    YES,
    NO,
    UNKNOWN,
    NO_NEED,
    SOME_NEED,
    HIGH_NEED;

    public String messageKey() {
      return "helpline.assessment.answer." + name();
    }
  }

  private final Section section;
  private final Scale scale;

  AssessmentQuestion(Section section, Scale scale) {
    this.section = section;
    this.scale = scale;
  }

  public Section section() {
    return section;
  }

  public Scale scale() {
    return scale;
  }

  public String messageKey() {
    return "helpline.assessment.question." + name();
  }
}
