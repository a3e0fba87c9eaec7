package eu.pharos.standards.web.evaluation.api;

import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.ApiController;
import eu.pharos.standards.cycle.EvaluationView;
import eu.pharos.standards.cycle.EvaluationView.FindingPart;
import eu.pharos.standards.cycle.Evaluations;
import eu.pharos.standards.cycle.FindingResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
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
 * A cycle's evaluation for the secretariat's and evaluators' own tools, with the rules of the
 * pages: a cycle the caller takes no part in is 404, bad input a 400 {@code validation-failed}
 * problem naming each field (an evaluator of the assessed organisation is refused on {@code
 * evaluator}), a change from a stale version a 409 {@code concurrent-change} with the saved one.
 */
@Tag(name = "Standards evaluation", description = "Evaluators, visit and findings of a cycle")
@ApiController("standardsEvaluationApiController")
@RequestMapping("/api/v1/standards/cycles/{id}/evaluation")
@PreAuthorize(
    "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN', 'EVALUATOR', 'ORG_ADMIN', 'SUPERVISOR', 'MEMBER')")
class EvaluationApiController {

  private final Evaluations evaluations;

  EvaluationApiController(Evaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Operation(
      summary = "The evaluation as the caller may see it",
      description =
          "The member sees findings, their counts and the report only once the report is"
              + " complete.")
  @GetMapping
  EvaluationView get(@PathVariable UUID id) {
    return evaluations.view(id);
  }

  @Operation(
      summary = "Assign an evaluator (secretariat)",
      description = "The first assignment starts the evaluation.")
  @PostMapping("/evaluators")
  ResponseEntity<EvaluationView> assign(@PathVariable UUID id, @RequestBody AssignRequest request) {
    EvaluationView view =
        evaluations.assignEvaluator(id, request.userId(), request.lead() != null && request.lead());
    return ResponseEntity.created(URI.create("/api/v1/standards/cycles/" + id + "/evaluation"))
        .body(view);
  }

  @Operation(summary = "Plan the technical visit (secretariat or lead evaluator)")
  @PutMapping("/visit")
  EvaluationView visit(@PathVariable UUID id, @RequestBody VisitRequest request) {
    return evaluations.planVisit(
        id,
        request.startsOn(),
        request.endsOn(),
        request.location(),
        request.agenda(),
        request.peopleMet(),
        version(request.version()));
  }

  @Operation(
      summary = "Record a finding on one indicator (assigned evaluator)",
      description = "Give the finding's version when changing one; leave it out for a new one.")
  @PutMapping("/findings/{indicatorId}")
  FindingPart finding(
      @PathVariable UUID id, @PathVariable UUID indicatorId, @RequestBody FindingRequest request) {
    return evaluations.recordFinding(
        id,
        indicatorId,
        request.result(),
        request.comment(),
        request.evidenceReviewed(),
        request.version());
  }

  private static long version(Long version) {
    if (version == null) {
      throw InvalidInput.of("version", "standards.evaluation.error.version");
    }
    return version;
  }

  /**
   * @param userId an active evaluator of another organisation
   * @param lead whether they lead the evaluation (one lead at most)
   */
  record AssignRequest(UUID userId, Boolean lead) {}

  /**
   * @param version the evaluation's version the change starts from
   */
  record VisitRequest(
      LocalDate startsOn,
      LocalDate endsOn,
      String location,
      String agenda,
      String peopleMet,
      Long version) {}

  /**
   * @param version the finding's version the change starts from; null for a new finding
   */
  record FindingRequest(
      FindingResult result, String comment, String evidenceReviewed, Long version) {}
}
