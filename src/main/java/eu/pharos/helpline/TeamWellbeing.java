package eu.pharos.helpline;

import java.time.YearMonth;
import java.util.List;

/**
 * The team's anonymised trend: average scores per month, only for months in which at least {@link
 * #MINIMUM_PARTICIPANTS} different people took the check. No person's answers can be read from it.
 */
public record TeamWellbeing(List<Month> months) {

  public static final int MINIMUM_PARTICIPANTS = 5;

  /** The averages of one month over the latest check of each participant. */
  public record Month(
      YearMonth month, int participants, int compassionFatigue, int burnout, int satisfaction) {}
}
