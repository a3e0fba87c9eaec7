package eu.pharos.standards.web.assessment;

import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.ApiController;
import eu.pharos.standards.cycle.CycleSummary;
import eu.pharos.standards.cycle.SelfAssessmentView;
import eu.pharos.standards.cycle.SelfAssessmentView.IndicatorAssessment;
import eu.pharos.standards.cycle.SelfAssessments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A cycle's self-assessment for the member's own tools, with the rules of the pages: a cycle the
 * caller takes no part in is 404; the secretariat and evaluators read it once submitted (progress
 * only before); a rating outside the scale or a narrative too long is a 400 {@code
 * validation-failed} problem naming the field; a rating saved from a stale version is a 409 {@code
 * concurrent-change} problem carrying the saved rating; submitting with required indicators unrated
 * is a 400 naming each of them (the field is the indicator's id).
 */
@Tag(
    name = "Standards self-assessment",
    description = "A member's self-assessment against the network's quality standards")
@ApiController("standardsSelfAssessmentApiController")
@RequestMapping("/api/v1/standards/cycles/{id}/self-assessment")
@PreAuthorize(
    "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN', 'EVALUATOR', 'ORG_ADMIN', 'SUPERVISOR', 'MEMBER')")
class SelfAssessmentApiController {

  private final SelfAssessments assessments;

  SelfAssessmentApiController(SelfAssessments assessments) {
    this.assessments = assessments;
  }

  @Operation(summary = "The self-assessment: every indicator's rating, narrative and evidence")
  @GetMapping
  SelfAssessmentView get(@PathVariable UUID id) {
    return assessments.view(id);
  }

  @Operation(
      summary = "Rate one indicator (member, during the self-assessment)",
      description =
          "rating is a value of the indicator's scale, or null to leave it unrated; version is the"
              + " indicator's version as read (-1 while nothing is saved).")
  @PutMapping("/ratings/{indicatorId}")
  IndicatorAssessment rate(
      @PathVariable UUID id, @PathVariable UUID indicatorId, @RequestBody RatingRequest request) {
    return assessments.rate(
        id, indicatorId, request.rating(), request.narrative(), version(request.version()));
  }

  @Operation(summary = "Submit the self-assessment to the network (member)")
  @PostMapping("/submit")
  CycleSummary submit(@PathVariable UUID id, @RequestBody VersionRequest request) {
    return assessments.submit(id, version(request.version()));
  }

  private static long version(Long version) {
    if (version == null) {
      throw InvalidInput.of("version", "standards.assessment.api.error.version-required");
    }
    return version;
  }

  /**
   * @param rating a value of the indicator's scale; null leaves it unrated
   * @param narrative how the organisation meets the indicator; at most 10 000 characters
   * @param version the indicator's version the change starts from; -1 for the first rating
   */
  record RatingRequest(Integer rating, String narrative, Long version) {}

  /**
   * @param version the cycle's version (its rowVersion) the submission starts from
   */
  record VersionRequest(Long version) {}
}
