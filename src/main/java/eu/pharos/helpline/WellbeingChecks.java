package eu.pharos.helpline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in advisor's confidential wellbeing checks. An advisor reads only their own; nobody
 * else reads a single check, and supervisors see only {@link #teamTrend()}.
 */
public interface WellbeingChecks {

  /**
   * @param answers every question rated 1 to 5
   * @throws eu.pharos.shared.InvalidInput naming each question unanswered or out of range
   */
  WellbeingResult submit(Map<WellbeingQuestion, Integer> answers);

  /** The caller's own checks, newest first. */
  List<WellbeingResult> mine();

  /** The organisation's trend; empty while fewer than five people took part in any month. */
  Optional<TeamWellbeing> teamTrend();
}
