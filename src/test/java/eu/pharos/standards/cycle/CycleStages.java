package eu.pharos.standards.cycle;

import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkTree;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves a test cycle through the stages that other parts of the module own (the self-assessment's
 * submission, the evaluation and its report) straight on the entities, so that the improvement plan
 * and the decision can be tested on their own.
 */
@Component
class CycleStages {

  private final CycleRepository cycles;
  private final FindingRepository findings;
  private final FrameworkCatalogue catalogue;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;

  CycleStages(
      CycleRepository cycles,
      FindingRepository findings,
      FrameworkCatalogue catalogue,
      TransactionTemplate transactions,
      JdbcTemplate jdbc) {
    this.cycles = cycles;
    this.findings = findings;
    this.catalogue = catalogue;
    this.transactions = transactions;
    this.jdbc = jdbc;
  }

  /** Submits the self-assessment and starts the evaluation: the report is not complete yet. */
  void toEvaluation(UUID cycleId) {
    transactions.executeWithoutResult(
        status -> {
          Cycle cycle = cycles.findById(cycleId).orElseThrow();
          Instant now = Instant.now();
          cycle.submit(now, null);
          cycle.startEvaluation(now);
          cycles.save(cycle);
        });
  }

  /**
   * Records findings for the framework's indicators in order ({@code results[i]} for the i-th; the
   * rest get none) and completes the report: the cycle reaches IMPROVEMENT.
   *
   * @return the framework's indicators, in order
   */
  List<FrameworkTree.IndicatorNode> toImprovement(UUID cycleId, FindingResult... results) {
    toEvaluation(cycleId);
    return report(cycleId, results);
  }

  /** As {@link #toImprovement} for a cycle already under evaluation. */
  List<FrameworkTree.IndicatorNode> report(UUID cycleId, FindingResult... results) {
    return transactions.execute(
        status -> {
          Cycle cycle = cycles.findById(cycleId).orElseThrow();
          List<FrameworkTree.IndicatorNode> indicators =
              catalogue.tree(cycle.frameworkId()).indicators();
          Instant now = Instant.now();
          for (int i = 0; i < results.length; i++) {
            Finding finding = new Finding(cycleId, indicators.get(i).id());
            finding.record(results[i], "finding " + i, null, now, null);
            findings.save(finding);
          }
          cycle.reported(now);
          cycles.save(cycle);
          return indicators;
        });
  }

  /** Removes every cycle of an organisation with what hangs on them. */
  void removeCyclesOf(UUID organisationId) {
    jdbc.update(
        "delete from standards_decision where cycle_id in"
            + " (select id from standards_cycle where organisation_id = ?)",
        organisationId);
    jdbc.update(
        "update standards_cycle set previous_cycle_id = null where organisation_id = ?",
        organisationId);
    jdbc.update("delete from standards_cycle where organisation_id = ?", organisationId);
  }
}
