package eu.pharos.helpline;

/**
 * The statements of the confidential wellbeing check, each rated from 1 (never) to 5 (very often).
 * Written for Pharos (not a clinical instrument): the check helps an advisor notice compassion
 * fatigue and burnout early. Stored by name: never rename an entry.
 */
public enum WellbeingQuestion {
  INTRUSIVE_THOUGHTS(Scale.COMPASSION_FATIGUE),
  AVOIDING_REMINDERS(Scale.COMPASSION_FATIGUE),
  JUMPY_OR_ON_EDGE(Scale.COMPASSION_FATIGUE),
  EMOTIONALLY_NUMB(Scale.COMPASSION_FATIGUE),
  EXHAUSTED_AFTER_WORK(Scale.BURNOUT),
  OVERWHELMED_BY_WORKLOAD(Scale.BURNOUT),
  TROUBLE_SLEEPING(Scale.BURNOUT),
  LESS_PATIENT(Scale.BURNOUT),
  PROUD_OF_WORK(Scale.SATISFACTION),
  SUPPORTED_BY_COLLEAGUES(Scale.SATISFACTION),
  MAKING_A_DIFFERENCE(Scale.SATISFACTION),
  ABLE_TO_SWITCH_OFF(Scale.SATISFACTION);

  /** What a statement measures. */
  public enum Scale {
    COMPASSION_FATIGUE,
    BURNOUT,
    SATISFACTION;

    public String messageKey() {
      return "helpline.wellbeing.scale." + name();
    }
  }

  private final Scale scale;

  WellbeingQuestion(Scale scale) {
    this.scale = scale;
  }

  public Scale scale() {
    return scale;
  }

  public String messageKey() {
    return "helpline.wellbeing.question." + name();
  }
}
