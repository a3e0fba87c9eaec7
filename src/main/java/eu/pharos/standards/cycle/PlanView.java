package eu.pharos.standards.cycle;

import eu.pharos.standards.framework.LocalText;
import java.util.List;
import java.util.UUID;

/**
 * A cycle's improvement plan: its actions grouped by the indicator they answer, in the framework's
 * order, with the plan's progress.
 *
 * @param indicators every indicator not fully met, and any other indicator with an action
 * @param owners the member's staff an action may be given to (empty for a reader who may not change
 *     the plan)
 * @param canChange whether the caller may add and change actions now
 */
public record PlanView(
    CycleSummary cycle,
    List<PlanIndicator> indicators,
    int done,
    int total,
    int overdue,
    List<Owner> owners,
    boolean canChange) {

  /** Indicators not fully met that have no action yet. */
  public List<PlanIndicator> needingAction() {
    return indicators.stream().filter(PlanIndicator::needsAction).toList();
  }

  /** Indicators an action may be added for. */
  public List<PlanIndicator> actionable() {
    return indicators.stream().filter(PlanIndicator::notMet).toList();
  }

  /** Per cent of the actions done, 0 for a plan without actions. */
  public int percentDone() {
    return total == 0 ? 0 : done * 100 / total;
  }

  /** One indicator of the plan. */
  public record PlanIndicator(
      UUID indicatorId,
      String code,
      LocalText title,
      FindingResult result,
      List<ActionView> actions) {

    public boolean notMet() {
      return result == FindingResult.NOT_MET || result == FindingResult.PARTLY_MET;
    }

    public boolean needsAction() {
      return notMet() && actions.isEmpty();
    }
  }

  /** A member's staff user an action may be given to. */
  public record Owner(UUID id, String name) {}
}
