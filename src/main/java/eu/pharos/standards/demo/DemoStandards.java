package eu.pharos.standards.demo;

import eu.pharos.identity.ActAs;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.shared.command.CommandRunner;
import eu.pharos.standards.cycle.Accreditations;
import eu.pharos.standards.cycle.ActionView;
import eu.pharos.standards.cycle.CycleSummary;
import eu.pharos.standards.cycle.Cycles;
import eu.pharos.standards.cycle.DecisionOutcome;
import eu.pharos.standards.cycle.EvaluationView;
import eu.pharos.standards.cycle.Evaluations;
import eu.pharos.standards.cycle.EvaluatorCandidate;
import eu.pharos.standards.cycle.FindingResult;
import eu.pharos.standards.cycle.ImprovementPlans;
import eu.pharos.standards.cycle.OpenCycle;
import eu.pharos.standards.cycle.PlanAction;
import eu.pharos.standards.cycle.SelfAssessments;
import eu.pharos.standards.framework.FrameworkAdministration;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkSummary;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.framework.FrameworkTree.IndicatorNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The standards of the demo network, made through the services as the people involved would: the
 * secretariat imports and adopts the illustrative framework; APAV has been through a whole cycle
 * (self-assessment, an evaluation by the secretariat's evaluator, one improvement action done) and
 * is accredited for three years with a certificate that verifies on the public page; France
 * Victimes has submitted its self-assessment and is being evaluated by a peer evaluator from
 * Weisser Ring Austria, who has planned the visit and recorded the first findings. The Croatian
 * member has no cycle yet: its pilot evaluation is for a newcomer to run. Only when the demo
 * network is seeded, once.
 */
@Component
@Order(80)
class DemoStandards implements ApplicationRunner {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String APAV_LEAD = "orgadmin.apav@pharos.test";
  static final String FV_MEMBER = "member.fv@pharos.test";
  static final String EVALUATOR = "Eva Evaluator";
  static final String PEER_EVALUATOR = "Petra Gutachterin (Weisser Ring Austria)";

  private static final Logger log = LoggerFactory.getLogger(DemoStandards.class);

  private final FrameworkAdministration frameworks;
  private final FrameworkCatalogue catalogue;
  private final Cycles cycles;
  private final SelfAssessments selfAssessments;
  private final Evaluations evaluations;
  private final ImprovementPlans plans;
  private final Accreditations accreditations;
  private final Organisations organisations;
  private final ActAs actAs;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final boolean enabled;

  DemoStandards(
      FrameworkAdministration frameworks,
      FrameworkCatalogue catalogue,
      Cycles cycles,
      SelfAssessments selfAssessments,
      Evaluations evaluations,
      ImprovementPlans plans,
      Accreditations accreditations,
      Organisations organisations,
      ActAs actAs,
      JdbcTemplate jdbc,
      Clock clock,
      @Value("${pharos.demo}") boolean enabled) {
    this.frameworks = frameworks;
    this.catalogue = catalogue;
    this.cycles = cycles;
    this.selfAssessments = selfAssessments;
    this.evaluations = evaluations;
    this.plans = plans;
    this.accreditations = accreditations;
    this.organisations = organisations;
    this.actAs = actAs;
    this.jdbc = jdbc;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    Integer existing =
        jdbc.queryForObject("select count(*) from standards_framework", Integer.class);
    Optional<UUID> apav = organisation("APAV");
    Optional<UUID> fv = organisation("FV");
    if ((existing != null && existing > 0) || apav.isEmpty() || fv.isEmpty()) {
      return;
    }
    FrameworkTree framework =
        actAs.user(
            SECRETARIAT,
            () -> {
              FrameworkSummary imported = frameworks.importIllustrative();
              frameworks.adopt(imported.id(), catalogue.tree(imported.id()).rowVersion());
              return catalogue.tree(imported.id());
            });
    accredited(framework, apav.get());
    underEvaluation(framework, fv.get());
    log.info(
        "Demo standards: the illustrative framework, APAV accredited, France Victimes evaluated");
  }

  /** APAV's whole cycle, from self-assessment to accreditation. */
  private void accredited(FrameworkTree framework, UUID apav) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    List<IndicatorNode> indicators = framework.indicators();
    IndicatorNode improved = indicators.get(indicators.size() / 2);
    CycleSummary cycle =
        actAs.user(
            SECRETARIAT, () -> cycles.open(new OpenCycle(apav, framework.id(), null, false)));
    actAs.user(
        APAV_LEAD,
        () -> {
          for (IndicatorNode indicator : indicators) {
            boolean partly = indicator.id().equals(improved.id());
            selfAssessments.rate(
                cycle.id(),
                indicator.id(),
                partly ? 2 : 3,
                partly
                    ? "In place for the helpline; the regional offices follow in the coming months."
                    : "In place across APAV's offices and the 116 006 line; see the evidence.",
                -1);
          }
          selfAssessments.addLink(
              cycle.id(),
              indicators.get(0).id(),
              "APAV's statutes",
              "https://www.apav.pt/apav_v3/index.php/pt/a-apav/estatutos");
          selfAssessments.submit(cycle.id(), cycles.get(cycle.id()).rowVersion());
          return null;
        });
    actAs.user(
        SECRETARIAT,
        () -> evaluations.assignEvaluator(cycle.id(), evaluator(cycle.id(), EVALUATOR), true));
    EvaluationView evaluation =
        actAs.user(
            SECRETARIAT,
            () ->
                evaluations.planVisit(
                    cycle.id(),
                    today.minusDays(14),
                    today.minusDays(13),
                    "APAV head office, Lisbon",
                    "Day 1: management, helpline and data protection. Day 2: a regional office"
                        + " and a meeting with volunteers.",
                    "The president, the helpline coordinator, four advisors, two volunteers",
                    evaluations.view(cycle.id()).version()));
    actAs.user(
        EVALUATOR_EMAIL,
        () -> {
          for (IndicatorNode indicator : indicators) {
            boolean partly = indicator.id().equals(improved.id());
            evaluations.recordFinding(
                cycle.id(),
                indicator.id(),
                partly ? FindingResult.PARTLY_MET : FindingResult.MET,
                partly ? "In place at the helpline, not yet in the regional offices." : null,
                "Documents and interviews during the visit",
                null);
          }
          evaluations.draftReport(
              cycle.id(),
              "APAV meets the standards. One indicator is partly met: what is in place at the"
                  + " helpline should reach the regional offices.",
              evaluations.view(cycle.id()).version());
          evaluations.completeReport(cycle.id());
          return null;
        });
    actAs.user(
        APAV_LEAD,
        () -> {
          ActionView action =
              plans.add(
                  cycle.id(),
                  new PlanAction(
                      improved.id(),
                      "Extend the practice to the regional offices and train their staff.",
                      null,
                      "Helpline coordinator",
                      today.plusDays(30)));
          plans.complete(
              cycle.id(),
              action.id(),
              "Training held in all regional offices; attendance lists attached to the minutes.",
              action.version());
          return null;
        });
    actAs.user(
        SECRETARIAT,
        () ->
            accreditations.decide(
                cycle.id(),
                DecisionOutcome.ACCREDITED,
                today,
                today.plusYears(3).minusDays(1),
                "The evaluation found the standards met; the one indicator partly met has been"
                    + " addressed by the improvement plan.",
                List.of()));
  }

  /** France Victimes: submitted, a peer evaluator assigned, the visit planned, findings begun. */
  private void underEvaluation(FrameworkTree framework, UUID fv) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    List<IndicatorNode> indicators = framework.indicators();
    CycleSummary cycle =
        actAs.user(SECRETARIAT, () -> cycles.open(new OpenCycle(fv, framework.id(), null, false)));
    actAs.user(
        FV_MEMBER,
        () -> {
          int i = 0;
          for (IndicatorNode indicator : indicators) {
            selfAssessments.rate(
                cycle.id(),
                indicator.id(),
                i++ % 5 == 0 ? 1 : 2,
                "Described in our quality handbook; practice varies between associations.",
                -1);
          }
          selfAssessments.submit(cycle.id(), cycles.get(cycle.id()).rowVersion());
          return null;
        });
    actAs.user(
        SECRETARIAT,
        () -> {
          evaluations.assignEvaluator(cycle.id(), evaluator(cycle.id(), PEER_EVALUATOR), true);
          return evaluations.planVisit(
              cycle.id(),
              today.plusDays(21),
              today.plusDays(22),
              "France Victimes, Paris",
              "Day 1: the federation. Day 2: a local association and its court office.",
              "To be confirmed with France Victimes",
              evaluations.view(cycle.id()).version());
        });
    actAs.user(
        PEER_EVALUATOR_EMAIL,
        () -> {
          for (int i = 0; i < 6; i++) {
            boolean gap = i == 2;
            evaluations.recordFinding(
                cycle.id(),
                indicators.get(i).id(),
                gap ? FindingResult.NOT_MET : FindingResult.MET,
                gap ? "No written procedure found in the documents sent before the visit." : null,
                "Documents sent before the visit",
                null);
          }
          return null;
        });
  }

  static final String EVALUATOR_EMAIL = "evaluator@pharos.test";
  static final String PEER_EVALUATOR_EMAIL = "evaluator.wr-at@pharos.test";

  private UUID evaluator(UUID cycleId, String name) {
    return evaluations.candidates(cycleId).stream()
        .filter(candidate -> candidate.name().equals(name))
        .map(EvaluatorCandidate::userId)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No demo evaluator " + name));
  }

  private Optional<UUID> organisation(String shortName) {
    return organisations.findByShortName(shortName).map(OrganisationView::id);
  }
}
