package eu.pharos.standards.web.accreditation;

import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.ApiController;
import eu.pharos.standards.cycle.Accreditations;
import eu.pharos.standards.cycle.ActionView;
import eu.pharos.standards.cycle.CycleNotFound;
import eu.pharos.standards.cycle.DecisionOutcome;
import eu.pharos.standards.cycle.DecisionView;
import eu.pharos.standards.cycle.ImprovementPlans;
import eu.pharos.standards.cycle.NewCondition;
import eu.pharos.standards.cycle.PlanAction;
import eu.pharos.standards.cycle.PlanView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A cycle's improvement plan and decision for API clients, with the rules of the pages: a cycle the
 * caller does not take part in is 404, bad input a 400 {@code validation-failed} problem naming
 * each field, a change from a stale version a 409 {@code concurrent-change} with the current
 * action.
 */
@Tag(name = "Standards: improvement plans and decisions")
@ApiController("standardsAccreditationApiController")
@RequestMapping("/api/v1/standards/cycles/{id}")
@PreAuthorize(
    "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN', 'EVALUATOR', 'ORG_ADMIN', 'SUPERVISOR', 'MEMBER')")
class AccreditationApiController {

  private final ImprovementPlans plans;
  private final Accreditations accreditations;

  AccreditationApiController(ImprovementPlans plans, Accreditations accreditations) {
    this.plans = plans;
    this.accreditations = accreditations;
  }

  /** An action as a client writes it; {@code version} only when changing one. */
  record ActionRequest(
      UUID indicatorId,
      String description,
      UUID ownerUserId,
      String ownerName,
      LocalDate dueOn,
      Long version) {

    PlanAction input() {
      return new PlanAction(indicatorId, description, ownerUserId, ownerName, dueOn);
    }
  }

  record VersionRequest(Long version) {}

  record CompleteRequest(String completionEvidence, Long version) {}

  record DecisionRequest(
      DecisionOutcome outcome,
      LocalDate validFrom,
      LocalDate validUntil,
      String rationale,
      List<NewCondition> conditions) {}

  @Operation(summary = "The plan: actions per indicator not fully met, with its progress")
  @GetMapping("/plan")
  PlanView plan(@PathVariable UUID id) {
    return plans.view(id);
  }

  @Operation(summary = "The plan's actions, soonest due first")
  @GetMapping("/plan/actions")
  List<ActionView> actions(@PathVariable UUID id) {
    return plans.view(id).indicators().stream()
        .flatMap(i -> i.actions().stream())
        .sorted(java.util.Comparator.comparing(ActionView::dueOn))
        .toList();
  }

  @Operation(
      summary = "Add an action (member or secretariat, once the evaluation report is complete)",
      description =
          "The indicator must have been found not met or partly met in this cycle; the owner is"
              + " one of the member's staff (ownerUserId) or a name (ownerName).")
  @PostMapping("/plan/actions")
  ResponseEntity<ActionView> add(@PathVariable UUID id, @RequestBody ActionRequest request) {
    ActionView added = plans.add(id, request.input());
    return ResponseEntity.created(
            URI.create("/api/v1/standards/cycles/" + id + "/plan/actions/" + added.id()))
        .body(added);
  }

  @Operation(summary = "One action")
  @GetMapping("/plan/actions/{actionId}")
  ActionView action(@PathVariable UUID id, @PathVariable UUID actionId) {
    return plans.action(id, actionId);
  }

  @Operation(summary = "Change an action as of its version")
  @PutMapping("/plan/actions/{actionId}")
  ActionView edit(
      @PathVariable UUID id, @PathVariable UUID actionId, @RequestBody ActionRequest request) {
    return plans.edit(id, actionId, request.input(), version(request.version()));
  }

  @Operation(summary = "Start an action not yet started")
  @PostMapping("/plan/actions/{actionId}/start")
  ActionView start(
      @PathVariable UUID id, @PathVariable UUID actionId, @RequestBody VersionRequest request) {
    return plans.start(id, actionId, version(request.version()));
  }

  @Operation(summary = "Mark an action done, with the evidence that it is")
  @PostMapping("/plan/actions/{actionId}/complete")
  ActionView complete(
      @PathVariable UUID id, @PathVariable UUID actionId, @RequestBody CompleteRequest request) {
    return plans.complete(id, actionId, request.completionEvidence(), version(request.version()));
  }

  @Operation(summary = "Reopen a done action")
  @PostMapping("/plan/actions/{actionId}/reopen")
  ActionView reopen(
      @PathVariable UUID id, @PathVariable UUID actionId, @RequestBody VersionRequest request) {
    return plans.reopen(id, actionId, version(request.version()));
  }

  @Operation(summary = "The decision on the cycle; 404 before it is decided")
  @GetMapping("/decision")
  DecisionView decision(@PathVariable UUID id) {
    return accreditations.decision(id).orElseThrow(() -> CycleNotFound.forId(id));
  }

  @Operation(
      summary = "Decide (secretariat, once the evaluation report is complete)",
      description =
          "ACCREDITED needs validFrom and validUntil (at most five years) and no conditions;"
              + " ACCREDITED_WITH_CONDITIONS the same and at least one condition; NOT_ACCREDITED"
              + " no validity and a rationale.")
  @PostMapping("/decision")
  ResponseEntity<DecisionView> decide(@PathVariable UUID id, @RequestBody DecisionRequest request) {
    DecisionView decided =
        accreditations.decide(
            id,
            request.outcome(),
            request.validFrom(),
            request.validUntil(),
            request.rationale(),
            request.conditions());
    return ResponseEntity.created(URI.create("/api/v1/standards/cycles/" + id + "/decision"))
        .body(decided);
  }

  private static long version(Long version) {
    if (version == null) {
      throw InvalidInput.of("version", "standards.plan.error.version-required");
    }
    return version;
  }
}
