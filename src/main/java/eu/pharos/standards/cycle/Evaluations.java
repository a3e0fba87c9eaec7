package eu.pharos.standards.cycle;

import eu.pharos.identity.UserView;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.CycleStageChanged;
import eu.pharos.standards.cycle.EvaluationView.FindingPart;
import eu.pharos.standards.cycle.EvaluationView.Visit;
import eu.pharos.standards.cycle.StandardsAccess.Access;
import eu.pharos.standards.framework.FrameworkCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation of a submitted self-assessment: the secretariat assigns evaluators of other
 * organisations (the first assignment starts the evaluation) and plans the technical visit with the
 * lead evaluator; evaluators record a finding per indicator; the lead evaluator writes and
 * completes the report, which opens the improvement plan; the member then responds to findings.
 * Every change is made under the cycle's lock; a change from a stale version is refused with the
 * saved version, so nothing stored is lost.
 */
@Service
@Transactional
public class Evaluations {

  static final int LOCATION_MAX = 300;
  static final int TEXT_MAX = 10_000;

  private final StandardsAccess access;
  private final EvaluationRepository evaluations;
  private final EvaluatorRepository evaluators;
  private final FindingRepository findings;
  private final EvaluationReading reading;
  private final EvaluationNotices notices;
  private final FrameworkCatalogue catalogue;
  private final EvaluationReportPdf pdf;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Evaluations(
      StandardsAccess access,
      EvaluationRepository evaluations,
      EvaluatorRepository evaluators,
      FindingRepository findings,
      EvaluationReading reading,
      EvaluationNotices notices,
      FrameworkCatalogue catalogue,
      EvaluationReportPdf pdf,
      ApplicationEventPublisher events,
      Clock clock) {
    this.access = access;
    this.evaluations = evaluations;
    this.evaluators = evaluators;
    this.findings = findings;
    this.reading = reading;
    this.notices = notices;
    this.catalogue = catalogue;
    this.pdf = pdf;
    this.events = events;
    this.clock = clock;
  }

  /** The evaluation as the caller may see it. */
  @Transactional(readOnly = true)
  public EvaluationView view(UUID cycleId) {
    return reading.view(access.read(cycleId));
  }

  /**
   * The network's evaluators the secretariat may choose from, by name, without those already
   * assigned; those of the assessed organisation are marked (assigning them is refused).
   */
  @Transactional(readOnly = true)
  public List<EvaluatorCandidate> candidates(UUID cycleId) {
    Access cycle = access.read(cycleId).require(Party.SECRETARIAT);
    Set<UUID> assigned =
        evaluators.findByCycleId(cycleId).stream()
            .map(Evaluator::userId)
            .collect(Collectors.toSet());
    return notices.people().evaluators().stream()
        .filter(user -> !assigned.contains(user.id()))
        .map(
            user ->
                new EvaluatorCandidate(
                    user.id(),
                    user.displayName(),
                    user.organisationId(),
                    notices.organisationName(user.organisationId()),
                    user.organisationId().equals(cycle.cycle().organisationId())))
        .sorted(Comparator.comparing(EvaluatorCandidate::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * Assigns an active evaluator of the network (secretariat only, once the self-assessment is
   * submitted and before the report is complete). Refused on field {@code evaluator} for someone
   * who is not an active evaluator, one of the assessed organisation's own staff (a conflict of
   * interest) or one already assigned; on field {@code lead} for a second lead. The first
   * assignment starts the evaluation.
   */
  public EvaluationView assignEvaluator(UUID cycleId, UUID userId, boolean lead) {
    Access cycle = access.change(cycleId).require(Party.SECRETARIAT);
    Evaluation evaluation = evaluations.findById(cycleId).orElse(null);
    if (evaluation != null) {
      evaluation.requireOpen();
    }
    requireSubmittedOrEvaluating(cycle.cycle());
    UserView user =
        userId == null
            ? null
            : notices.people().evaluators().stream()
                .filter(u -> u.id().equals(userId))
                .findFirst()
                .orElse(null);
    if (user == null) {
      throw InvalidInput.of("evaluator", "standards.evaluation.error.not-evaluator");
    }
    if (user.organisationId().equals(cycle.cycle().organisationId())) {
      throw InvalidInput.of("evaluator", "standards.evaluation.error.conflict-of-interest");
    }
    List<Evaluator> assigned = evaluators.findByCycleId(cycleId);
    if (assigned.stream().anyMatch(e -> e.userId().equals(userId))) {
      throw InvalidInput.of("evaluator", "standards.evaluation.error.already-assigned");
    }
    if (lead && assigned.stream().anyMatch(Evaluator::lead)) {
      throw InvalidInput.of("lead", "standards.evaluation.error.lead-taken");
    }
    Instant now = clock.instant();
    UUID by = access.currentUserId();
    if (evaluation == null) {
      evaluations.save(new Evaluation(cycleId, now, by));
    }
    evaluators.save(new Evaluator(cycleId, userId, user.organisationId(), lead, now, by));
    CycleStage before = cycle.cycle().stage();
    cycle.cycle().startEvaluation(now);
    if (before != cycle.cycle().stage()) {
      stageChanged(cycle.cycle(), now);
    }
    notices.assigned(cycle.cycle(), user);
    return reading.view(access.read(cycleId));
  }

  /**
   * Removes an evaluator (secretariat only, before the report is complete). Their findings stay.
   */
  public EvaluationView removeEvaluator(UUID cycleId, UUID userId) {
    Access cycle = access.change(cycleId).require(Party.SECRETARIAT);
    evaluations.findById(cycleId).ifPresent(Evaluation::requireOpen);
    requireSubmittedOrEvaluating(cycle.cycle());
    Evaluator evaluator =
        userId == null ? null : evaluators.findById(new CycleUser(cycleId, userId)).orElse(null);
    if (evaluator == null) {
      throw InvalidInput.of("evaluator", "standards.evaluation.error.not-assigned");
    }
    evaluators.delete(evaluator);
    evaluators.flush();
    return reading.view(access.read(cycleId));
  }

  /** Marks the cycle's evaluation as a pilot, or not (secretariat only, before the decision). */
  public EvaluationView markPilot(UUID cycleId, boolean pilot) {
    Access cycle = access.change(cycleId).require(Party.SECRETARIAT);
    if (cycle.cycle().stage() == CycleStage.DECIDED) {
      throw InvalidInput.of("pilot", "standards.evaluation.error.decided");
    }
    cycle.cycle().markPilot(pilot);
    return reading.view(cycle);
  }

  /**
   * Plans the technical visit (the secretariat or the lead evaluator, during the evaluation).
   *
   * @param version the evaluation's version the change starts from
   * @throws ConcurrentChange with the saved {@link Visit} when the evaluation changed meanwhile
   */
  public EvaluationView planVisit(
      UUID cycleId,
      LocalDate startsOn,
      LocalDate endsOn,
      String location,
      String agenda,
      String peopleMet,
      long version) {
    Access cycle = access.change(cycleId);
    Evaluation evaluation = openEvaluation(cycle);
    if (!cycle.is(Party.SECRETARIAT) && !leads(cycle)) {
      throw new org.springframework.security.access.AccessDeniedException("Not the lead");
    }
    if (evaluation.rowVersion() != version) {
      throw new ConcurrentChange(evaluation.rowVersion(), reading.visit(evaluation));
    }
    List<InvalidInput.Problem> problems = new ArrayList<>();
    if (startsOn == null) {
      problems.add(InvalidInput.Problem.of("visitStartsOn", "standards.evaluation.error.starts"));
    }
    if (endsOn == null) {
      problems.add(InvalidInput.Problem.of("visitEndsOn", "standards.evaluation.error.ends"));
    } else if (startsOn != null && endsOn.isBefore(startsOn)) {
      problems.add(
          InvalidInput.Problem.of("visitEndsOn", "standards.evaluation.error.ends-before"));
    }
    String place = trimmed(location);
    if (place == null) {
      problems.add(InvalidInput.Problem.of("visitLocation", "standards.evaluation.error.location"));
    } else if (place.length() > LOCATION_MAX) {
      problems.add(
          InvalidInput.Problem.of(
              "visitLocation", "standards.evaluation.error.too-long", LOCATION_MAX));
    }
    tooLong(problems, "visitAgenda", agenda);
    tooLong(problems, "peopleMet", peopleMet);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    evaluation.planVisit(
        startsOn,
        endsOn,
        place,
        trimmed(agenda),
        trimmed(peopleMet),
        clock.instant(),
        access.currentUserId());
    evaluations.saveAndFlush(evaluation);
    return reading.view(access.read(cycleId));
  }

  /**
   * Records an assigned evaluator's finding on one indicator, during the evaluation. Partly met and
   * not met need a comment that says why.
   *
   * @param version the finding's version the change starts from; null for a new finding
   * @throws ConcurrentChange with the saved {@link FindingPart} when the finding was recorded or
   *     changed meanwhile
   */
  public FindingPart recordFinding(
      UUID cycleId,
      UUID indicatorId,
      FindingResult result,
      String comment,
      String evidenceReviewed,
      Long version) {
    Access cycle = access.change(cycleId).require(Party.EVALUATOR);
    requireIndicator(cycle.cycle(), indicatorId);
    openEvaluation(cycle);
    Finding finding = findings.findById(new CycleIndicator(cycleId, indicatorId)).orElse(null);
    if (finding != null && (version == null || finding.rowVersion() != version)) {
      throw new ConcurrentChange(finding.rowVersion(), reading.part(cycle.cycle(), finding));
    }
    List<InvalidInput.Problem> problems = new ArrayList<>();
    String why = trimmed(comment);
    if (result == null) {
      problems.add(InvalidInput.Problem.of("result", "standards.evaluation.error.result"));
    } else if (result != FindingResult.MET && why == null) {
      problems.add(InvalidInput.Problem.of("comment", "standards.evaluation.error.comment"));
    }
    tooLong(problems, "comment", comment);
    tooLong(problems, "evidenceReviewed", evidenceReviewed);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (finding == null) {
      finding = new Finding(cycleId, indicatorId);
    }
    finding.record(result, why, trimmed(evidenceReviewed), clock.instant(), access.currentUserId());
    return reading.part(cycle.cycle(), findings.saveAndFlush(finding));
  }

  /**
   * Saves the report's summary (the lead evaluator, or any evaluator when none leads).
   *
   * @throws ConcurrentChange with the saved summary when the evaluation changed meanwhile
   */
  public EvaluationView draftReport(UUID cycleId, String summary, long version) {
    Access cycle = access.change(cycleId);
    Evaluation evaluation = openEvaluation(cycle);
    requireLead(cycle);
    if (evaluation.rowVersion() != version) {
      throw new ConcurrentChange(
          evaluation.rowVersion(),
          evaluation.reportSummary() == null ? "" : evaluation.reportSummary());
    }
    List<InvalidInput.Problem> problems = new ArrayList<>();
    tooLong(problems, "reportSummary", summary);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    evaluation.draftReport(trimmed(summary), clock.instant(), access.currentUserId());
    evaluations.saveAndFlush(evaluation);
    return reading.view(access.read(cycleId));
  }

  /**
   * Completes the report (the lead evaluator, or any evaluator when none leads): refused while an
   * indicator has no finding (the message lists them) or the summary is empty. The cycle moves to
   * its improvement plan and the member's quality staff and the secretariat are told.
   */
  public EvaluationView completeReport(UUID cycleId) {
    Access cycle = access.change(cycleId);
    Evaluation evaluation = openEvaluation(cycle);
    requireLead(cycle);
    EvaluationView view = reading.view(cycle);
    List<InvalidInput.Problem> problems = new ArrayList<>();
    List<String> missing = view.missing();
    if (!missing.isEmpty()) {
      problems.add(
          InvalidInput.Problem.of(
              "findings", "standards.evaluation.error.missing", String.join(", ", missing)));
    }
    if (evaluation.reportSummary() == null || evaluation.reportSummary().isBlank()) {
      problems.add(
          InvalidInput.Problem.of("reportSummary", "standards.evaluation.error.summary-required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = clock.instant();
    evaluation.completeReport(now, access.currentUserId());
    cycle.cycle().reported(now);
    evaluations.saveAndFlush(evaluation);
    stageChanged(cycle.cycle(), now);
    notices.reported(cycle.cycle());
    return reading.view(access.read(cycleId));
  }

  /**
   * The member's response to a finding, once the report is complete and before the decision.
   *
   * @throws ConcurrentChange with the saved {@link FindingPart} when it changed meanwhile
   */
  public FindingPart respond(UUID cycleId, UUID indicatorId, String response, long version) {
    Access cycle = access.change(cycleId).require(Party.MEMBER);
    requireIndicator(cycle.cycle(), indicatorId);
    Evaluation evaluation = evaluations.findById(cycleId).orElse(null);
    if (evaluation == null || !evaluation.completed()) {
      throw InvalidInput.of(null, "standards.cycle.error.stage.IMPROVEMENT");
    }
    cycle.cycle().require(CycleStage.IMPROVEMENT);
    Finding finding =
        findings
            .findById(new CycleIndicator(cycleId, indicatorId))
            .orElseThrow(() -> CycleNotFound.forId(indicatorId));
    if (finding.rowVersion() != version) {
      throw new ConcurrentChange(finding.rowVersion(), reading.part(cycle.cycle(), finding));
    }
    String text = trimmed(response);
    List<InvalidInput.Problem> problems = new ArrayList<>();
    if (text == null) {
      problems.add(InvalidInput.Problem.of("response", "standards.evaluation.error.response"));
    }
    tooLong(problems, "response", response);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    finding.respond(text, clock.instant(), access.currentUserId());
    return reading.part(cycle.cycle(), findings.saveAndFlush(finding));
  }

  /**
   * The report as a PDF, for those who may read it: the secretariat and the evaluators (marked as a
   * draft until complete), and the member once it is complete.
   *
   * @throws CycleNotFound when the caller may not read the report (yet)
   */
  @Transactional(readOnly = true)
  public byte[] reportPdf(UUID cycleId, Locale locale) {
    EvaluationView view = view(cycleId);
    if (!view.may().readReport()) {
      throw CycleNotFound.forId(cycleId);
    }
    return pdf.write(view, locale);
  }

  private Evaluation openEvaluation(Access cycle) {
    Evaluation evaluation =
        evaluations
            .findById(cycle.cycle().id())
            .orElseThrow(() -> InvalidInput.of(null, "standards.cycle.error.stage.EVALUATION"));
    evaluation.requireOpen();
    cycle.cycle().require(CycleStage.EVALUATION);
    return evaluation;
  }

  private boolean leads(Access cycle) {
    return EvaluationReading.leads(cycle, evaluators.findByCycleId(cycle.cycle().id()));
  }

  private void requireLead(Access cycle) {
    if (!leads(cycle)) {
      cycle.require(Party.EVALUATOR);
      throw new org.springframework.security.access.AccessDeniedException("Not the lead");
    }
  }

  private void requireIndicator(Cycle cycle, UUID indicatorId) {
    if (indicatorId == null
        || catalogue.tree(cycle.frameworkId()).indicator(indicatorId).isEmpty()) {
      throw CycleNotFound.forId(indicatorId);
    }
  }

  private static void requireSubmittedOrEvaluating(Cycle cycle) {
    if (cycle.stage() != CycleStage.SUBMITTED && cycle.stage() != CycleStage.EVALUATION) {
      throw InvalidInput.of(null, "standards.cycle.error.stage.SUBMITTED");
    }
  }

  private void stageChanged(Cycle cycle, Instant now) {
    events.publishEvent(
        new CycleStageChanged(cycle.id(), cycle.organisationId(), cycle.stage().name(), now));
  }

  private static void tooLong(List<InvalidInput.Problem> problems, String field, String text) {
    if (text != null && text.strip().length() > TEXT_MAX) {
      problems.add(InvalidInput.Problem.of(field, "standards.evaluation.error.too-long", TEXT_MAX));
    }
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
