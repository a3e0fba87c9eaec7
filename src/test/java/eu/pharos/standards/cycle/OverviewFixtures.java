package eu.pharos.standards.cycle;

import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.framework.FrameworkTree.IndicatorNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cycles in any stage for the tests of the network overview, written through the entities directly
 * (as if the self-assessment, the evaluation and the decision had happened), and a second version
 * of a test framework with successors of some indicators.
 */
@Component
class OverviewFixtures {

  private final CycleRepository cycles;
  private final RatingRepository ratings;
  private final FindingRepository findings;
  private final EvaluationRepository evaluations;
  private final DecisionRepository decisions;
  private final ImprovementActionRepository actions;
  private final FrameworkCatalogue catalogue;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;

  OverviewFixtures(
      CycleRepository cycles,
      RatingRepository ratings,
      FindingRepository findings,
      EvaluationRepository evaluations,
      DecisionRepository decisions,
      ImprovementActionRepository actions,
      FrameworkCatalogue catalogue,
      JdbcTemplate jdbc,
      TransactionTemplate transactions) {
    this.cycles = cycles;
    this.ratings = ratings;
    this.findings = findings;
    this.evaluations = evaluations;
    this.decisions = decisions;
    this.actions = actions;
    this.catalogue = catalogue;
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /** A cycle in self-assessment opened at {@code openedAt}; returns its id. */
  UUID open(UUID organisationId, UUID frameworkId, Instant openedAt) {
    return transactions.execute(
        status -> {
          Cycle cycle =
              new Cycle(
                  "OVT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                  organisationId,
                  frameworkId,
                  null,
                  null,
                  openedAt,
                  null);
          cycles.save(cycle);
          return cycle.id();
        });
  }

  /** The member's own ratings, by indicator code. */
  void rate(UUID cycleId, Map<String, Integer> byCode) {
    transactions.executeWithoutResult(
        status -> {
          Cycle cycle = cycles.findById(cycleId).orElseThrow();
          byCode.forEach(
              (code, value) -> {
                Rating rating = new Rating(cycleId, indicator(cycle, code));
                rating.record(value, "Narrative for " + code, cycle.openedAt(), null);
                ratings.save(rating);
              });
        });
  }

  /** Submits the self-assessment. */
  void submit(UUID cycleId) {
    transactions.executeWithoutResult(
        status -> {
          Cycle cycle = cycles.findById(cycleId).orElseThrow();
          cycle.submit(cycle.openedAt().plusSeconds(1800), null);
        });
  }

  /**
   * Submits the self-assessment, starts the evaluation and records findings by indicator code; with
   * {@code complete} the report is completed too, which moves the cycle to its improvement plan.
   */
  void evaluate(UUID cycleId, Map<String, FindingResult> byCode, boolean complete) {
    transactions.executeWithoutResult(
        status -> {
          Cycle cycle = cycles.findById(cycleId).orElseThrow();
          Instant at = cycle.openedAt().plusSeconds(3600);
          cycle.submit(at, null);
          cycle.startEvaluation(at.plusSeconds(60));
          byCode.forEach(
              (code, result) -> {
                Finding finding = new Finding(cycleId, indicator(cycle, code));
                finding.record(result, "Comment on " + code, "Documents", at, null);
                findings.save(finding);
              });
          Evaluation evaluation = new Evaluation(cycleId, at, null);
          evaluation.draftReport("The evaluators' summary.", at, null);
          if (complete) {
            evaluation.completeReport(at.plusSeconds(120), null);
            cycle.reported(at.plusSeconds(120));
          }
          evaluations.save(evaluation);
        });
  }

  /** The network's decision on a reported cycle. */
  void decide(UUID cycleId, DecisionOutcome outcome, LocalDate validFrom, LocalDate validUntil) {
    transactions.executeWithoutResult(
        status -> {
          Cycle cycle = cycles.findById(cycleId).orElseThrow();
          Instant at = cycle.openedAt().plusSeconds(7200);
          cycle.decided(at);
          decisions.save(
              new Decision(
                  cycleId,
                  cycle.organisationId(),
                  outcome,
                  validFrom,
                  validUntil,
                  "Rationale",
                  outcome.accredits()
                      ? "OVT-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase()
                      : null,
                  at,
                  null));
        });
  }

  /** An open improvement action due on {@code dueOn}. */
  void action(UUID cycleId, String indicatorCode, LocalDate dueOn, boolean done) {
    transactions.executeWithoutResult(
        status -> {
          Cycle cycle = cycles.findById(cycleId).orElseThrow();
          ImprovementAction action =
              new ImprovementAction(
                  cycleId,
                  indicator(cycle, indicatorCode),
                  "Improve " + indicatorCode,
                  null,
                  "Quality lead",
                  dueOn,
                  cycle.openedAt(),
                  null);
          if (done) {
            action.complete("Done and documented", cycle.openedAt(), null);
          }
          actions.save(action);
        });
  }

  /**
   * Version 2.0 of the test framework {@code previousId}, adopted now: standard "1" keeps its code
   * with indicators 1.1.1 and 1.1.2 (no successors mapped), standard "2" is gone and a standard "3"
   * holds 3.1.1, which is mapped as the successor of 2.1.1; 1.2.1 and 2.1.2 have no successor.
   */
  UUID secondVersion(UUID previousId) {
    FrameworkTree previous = catalogue.tree(previousId);
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "insert into standards_framework (id, code, version, status, illustrative, languages,"
            + " name_texts, scales, previous_id, created_at, updated_at, adopted_at, row_version)"
            + " values (?, ?, '2.0', 'ADOPTED', false, 'en', ?, ?, ?, ?, ?, ?, 0)",
        id,
        previous.code(),
        "{\"en\":\"Test standards\"}",
        "[{\"code\":\"maturity\",\"levels\":[{\"value\":0,\"label\":{\"en\":\"No\"}},"
            + "{\"value\":1,\"label\":{\"en\":\"Partly\"}},"
            + "{\"value\":2,\"label\":{\"en\":\"Yes\"}}]}]",
        previousId,
        now,
        now,
        now);
    UUID governance = standard(id, "1", 1, "Governance");
    UUID independence = criterion(governance, id, "1.1", 1, "Independence");
    indicator(independence, id, "1.1.1", 1, "Statutes guarantee independence");
    indicator(independence, id, "1.1.2", 2, "Conflicts of interest are declared");
    UUID privacy = standard(id, "3", 2, "Privacy");
    UUID records = criterion(privacy, id, "3.1", 1, "Records");
    UUID secure = indicator(records, id, "3.1.1", 1, "Records are kept secure");
    jdbc.update(
        "insert into standards_indicator_successor (indicator_id, successor_id, mapped_at)"
            + " values (?, ?, ?)",
        indicatorId(previous, "2.1.1"),
        secure,
        now);
    return id;
  }

  /** Removes every cycle of an organisation, with what hangs on them. */
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

  private UUID indicator(Cycle cycle, String code) {
    return indicatorId(catalogue.tree(cycle.frameworkId()), code);
  }

  private static UUID indicatorId(FrameworkTree tree, String code) {
    return tree.indicators().stream()
        .filter(i -> i.code().equals(code))
        .map(IndicatorNode::id)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No indicator " + code));
  }

  private UUID standard(UUID frameworkId, String code, int position, String title) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into standards_standard (id, framework_id, code, position, title_texts)"
            + " values (?, ?, ?, ?, ?)",
        id,
        frameworkId,
        code,
        position,
        json(title));
    return id;
  }

  private UUID criterion(
      UUID standardId, UUID frameworkId, String code, int position, String title) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into standards_criterion (id, standard_id, framework_id, code, position,"
            + " title_texts) values (?, ?, ?, ?, ?, ?)",
        id,
        standardId,
        frameworkId,
        code,
        position,
        json(title));
    return id;
  }

  private UUID indicator(
      UUID criterionId, UUID frameworkId, String code, int position, String title) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into standards_indicator (id, criterion_id, framework_id, code, position,"
            + " title_texts, scale_code, required) values (?, ?, ?, ?, ?, ?, 'maturity', true)",
        id,
        criterionId,
        frameworkId,
        code,
        position,
        json(title));
    return id;
  }

  private static String json(String english) {
    return "{\"en\":\"" + english + "\"}";
  }

  static List<String> codes(List<NetworkOverview.Column> columns) {
    return columns.stream().map(NetworkOverview.Column::code).toList();
  }
}
