package eu.pharos.standards.cycle;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.identity.UserView;
import eu.pharos.standards.cycle.EvaluationView.Counts;
import eu.pharos.standards.cycle.EvaluationView.FindingPart;
import eu.pharos.standards.cycle.EvaluationView.IndicatorPart;
import eu.pharos.standards.cycle.EvaluationView.Permissions;
import eu.pharos.standards.cycle.EvaluationView.StandardPart;
import eu.pharos.standards.cycle.EvaluationView.Visit;
import eu.pharos.standards.cycle.StandardsAccess.Access;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.framework.LocalText;
import eu.pharos.standards.framework.ScaleLevel;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds {@link EvaluationView}s, deciding what of the evaluation each party sees and may do: the
 * member's findings and report stay hidden from the member until the report is complete.
 */
@Component
class EvaluationReading {

  private static final Visit NO_VISIT = new Visit(null, null, null, null, null);

  private final Cycles cycles;
  private final EvaluationRepository evaluations;
  private final EvaluatorRepository evaluators;
  private final FindingRepository findings;
  private final RatingRepository ratings;
  private final EvidenceRepository evidence;
  private final FrameworkCatalogue catalogue;
  private final Organisations organisations;
  private final StandardsPeople people;

  EvaluationReading(
      Cycles cycles,
      EvaluationRepository evaluations,
      EvaluatorRepository evaluators,
      FindingRepository findings,
      RatingRepository ratings,
      EvidenceRepository evidence,
      FrameworkCatalogue catalogue,
      Organisations organisations,
      StandardsPeople people) {
    this.cycles = cycles;
    this.evaluations = evaluations;
    this.evaluators = evaluators;
    this.findings = findings;
    this.ratings = ratings;
    this.evidence = evidence;
    this.catalogue = catalogue;
    this.organisations = organisations;
    this.people = people;
  }

  EvaluationView view(Access access) {
    Cycle cycle = access.cycle();
    Evaluation evaluation = evaluations.findById(cycle.id()).orElse(null);
    boolean completed = evaluation != null && evaluation.completed();
    boolean insider = access.is(Party.SECRETARIAT) || access.is(Party.EVALUATOR);
    boolean findingsShown = insider || completed;
    List<Evaluator> assigned = evaluators.findByCycleId(cycle.id());
    Names names = new Names(cycle, assigned);

    List<EvaluationView.Evaluator> team =
        assigned.stream()
            .map(
                e ->
                    new EvaluationView.Evaluator(
                        e.userId(),
                        people
                            .user(e.organisationId(), e.userId())
                            .map(UserView::displayName)
                            .orElse(""),
                        e.organisationId(),
                        organisationName(e.organisationId()),
                        e.lead()))
            .sorted(
                Comparator.comparing(EvaluationView.Evaluator::lead)
                    .reversed()
                    .thenComparing(EvaluationView.Evaluator::name))
            .toList();

    FrameworkTree framework = catalogue.tree(cycle.frameworkId());
    boolean ratingsShown = cycle.stage() != CycleStage.SELF_ASSESSMENT || access.is(Party.MEMBER);
    Map<UUID, Rating> ratingsOf =
        ratingsShown
            ? ratings.findByCycleId(cycle.id()).stream()
                .collect(Collectors.toMap(Rating::indicatorId, Function.identity()))
            : Map.of();
    Map<UUID, Long> evidenceCount =
        ratingsShown
            ? evidence.findByCycleIdOrderByAddedAt(cycle.id()).stream()
                .collect(Collectors.groupingBy(Evidence::indicatorId, Collectors.counting()))
            : Map.of();
    Map<UUID, Finding> findingOf =
        findingsShown
            ? findings.findByCycleId(cycle.id()).stream()
                .collect(Collectors.toMap(Finding::indicatorId, Function.identity()))
            : Map.of();

    int met = 0;
    int partly = 0;
    int notMet = 0;
    int without = 0;
    List<StandardPart> standards = new java.util.ArrayList<>();
    for (FrameworkTree.StandardNode standard : framework.standards()) {
      List<IndicatorPart> indicators = new java.util.ArrayList<>();
      for (FrameworkTree.IndicatorNode indicator : standard.indicators()) {
        Rating rating = ratingsOf.get(indicator.id());
        Integer value = rating == null ? null : rating.rating();
        LocalText label =
            value == null
                ? null
                : framework
                    .scale(indicator.scaleCode())
                    .level(value)
                    .map(ScaleLevel::label)
                    .orElse(null);
        Finding finding = findingOf.get(indicator.id());
        FindingPart part = finding == null ? null : part(finding, names);
        if (part == null) {
          without++;
        } else {
          switch (part.result()) {
            case MET -> met++;
            case PARTLY_MET -> partly++;
            case NOT_MET -> notMet++;
          }
        }
        indicators.add(
            new IndicatorPart(
                indicator.id(),
                indicator.code(),
                indicator.title(),
                indicator.guidance(),
                indicator.required(),
                value,
                label,
                rating == null ? null : rating.narrative(),
                evidenceCount.getOrDefault(indicator.id(), 0L).intValue(),
                part));
      }
      standards.add(new StandardPart(standard.id(), standard.code(), standard.title(), indicators));
    }

    boolean evaluating = cycle.stage() == CycleStage.EVALUATION && !completed;
    boolean leads = leads(access, assigned);
    Permissions may =
        new Permissions(
            access.is(Party.SECRETARIAT)
                && !completed
                && (cycle.stage() == CycleStage.SUBMITTED || evaluating),
            evaluating && (access.is(Party.SECRETARIAT) || leads),
            evaluating && access.is(Party.EVALUATOR),
            evaluating && leads,
            completed && cycle.stage() == CycleStage.IMPROVEMENT && access.is(Party.MEMBER),
            evaluation != null && findingsShown);

    Visit visit =
        evaluation == null
            ? NO_VISIT
            : new Visit(
                evaluation.visitStartsOn(),
                evaluation.visitEndsOn(),
                evaluation.visitLocation(),
                evaluation.visitAgenda(),
                evaluation.peopleMet());
    return new EvaluationView(
        cycles.summary(access),
        evaluation != null,
        team,
        visit,
        standards,
        findingsShown,
        findingsShown && evaluation != null ? evaluation.reportSummary() : null,
        completed,
        completed ? evaluation.reportCompletedAt() : null,
        completed ? names.of(evaluation.reportCompletedBy()) : null,
        findingsShown ? new Counts(met, partly, notMet, without) : null,
        evaluation == null ? -1 : evaluation.rowVersion(),
        may);
  }

  FindingPart part(Cycle cycle, Finding finding) {
    return part(finding, new Names(cycle, evaluators.findByCycleId(cycle.id())));
  }

  Visit visit(Evaluation evaluation) {
    return new Visit(
        evaluation.visitStartsOn(),
        evaluation.visitEndsOn(),
        evaluation.visitLocation(),
        evaluation.visitAgenda(),
        evaluation.peopleMet());
  }

  /** Whether the caller leads the evaluation: the lead evaluator, or any when none leads. */
  static boolean leads(Access access, List<Evaluator> assigned) {
    if (!access.is(Party.EVALUATOR)) {
      return false;
    }
    Optional<Evaluator> lead = assigned.stream().filter(Evaluator::lead).findFirst();
    return lead.isEmpty() || lead.get().userId().equals(access.userId());
  }

  private FindingPart part(Finding finding, Names names) {
    return new FindingPart(
        finding.indicatorId(),
        finding.result(),
        finding.comment(),
        finding.evidenceReviewed(),
        names.of(finding.recordedBy()),
        finding.recordedAt(),
        finding.response(),
        names.of(finding.respondedBy()),
        finding.respondedAt(),
        finding.rowVersion());
  }

  private String organisationName(UUID id) {
    return organisations.find(id).map(OrganisationView::name).orElse("");
  }

  /**
   * People's names, each looked up once per view: first among the evaluators and the member's
   * staff, who write nearly everything, then across the network.
   */
  private final class Names {
    private final Map<UUID, String> known = new HashMap<>();
    private final Map<UUID, UUID> organisationOf = new HashMap<>();
    private final UUID member;

    Names(Cycle cycle, List<Evaluator> assigned) {
      this.member = cycle.organisationId();
      assigned.forEach(e -> organisationOf.put(e.userId(), e.organisationId()));
    }

    String of(UUID userId) {
      if (userId == null) {
        return null;
      }
      return known.computeIfAbsent(
          userId,
          id ->
              people
                  .user(organisationOf.getOrDefault(id, member), id)
                  .map(UserView::displayName)
                  .orElseGet(() -> people.nameOf(id)));
    }
  }
}
