package eu.pharos.standards.cycle;

import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkTree;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a cycle to where a test needs it without the self-assessment's own pages: every indicator
 * rated "largely in place" (2) with a narrative, one link as evidence on the first, then submitted.
 */
@Component
public class TestCycles {

  private final CycleRepository cycles;
  private final RatingRepository ratings;
  private final EvidenceRepository evidence;
  private final FrameworkCatalogue catalogue;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;

  TestCycles(
      CycleRepository cycles,
      RatingRepository ratings,
      EvidenceRepository evidence,
      FrameworkCatalogue catalogue,
      TransactionTemplate transactions,
      JdbcTemplate jdbc) {
    this.cycles = cycles;
    this.ratings = ratings;
    this.evidence = evidence;
    this.catalogue = catalogue;
    this.transactions = transactions;
    this.jdbc = jdbc;
  }

  /** Rates every indicator of the cycle and submits its self-assessment. */
  public void submit(UUID cycleId) {
    transactions.executeWithoutResult(
        status -> {
          Cycle cycle = cycles.findById(cycleId).orElseThrow();
          FrameworkTree framework = catalogue.tree(cycle.frameworkId());
          Instant now = Instant.now();
          boolean first = true;
          for (FrameworkTree.IndicatorNode indicator : framework.indicators()) {
            Rating rating = new Rating(cycleId, indicator.id());
            rating.record(2, "Narrative for " + indicator.code(), now, null);
            ratings.save(rating);
            if (first) {
              evidence.save(
                  Evidence.link(
                      cycleId,
                      indicator.id(),
                      "Statutes",
                      "https://example.org/statutes",
                      now,
                      null));
              first = false;
            }
          }
          cycle.submit(now, null);
        });
  }

  /** Removes every cycle of an organisation, with all it holds. */
  public void removeCyclesOf(UUID organisationId) {
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
