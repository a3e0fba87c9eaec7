package eu.pharos.helpline.supervision.web;

import eu.pharos.helpline.CaseloadView;
import eu.pharos.helpline.OverdueItem;
import eu.pharos.helpline.QualityReviewView;
import eu.pharos.helpline.ReviewCriterion;
import eu.pharos.helpline.ReviewCriterion.Rating;
import eu.pharos.helpline.Supervision;
import eu.pharos.helpline.UnlinkedContacts;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Supervision of the caller's organisation, as on the supervision pages: caseloads and overdue work
 * for supervisors and organisation administrators, quality reviews for supervisors.
 */
@Tag(name = "Supervision", description = "Caseloads, overdue work and quality reviews")
@ApiController
@RequestMapping("/api/v1/supervision")
class SupervisionApiController {

  private final Supervision supervision;

  SupervisionApiController(Supervision supervision) {
    this.supervision = supervision;
  }

  @Operation(summary = "Every advisor of the organisation with their load, the busiest first")
  @GetMapping("/caseloads")
  @PreAuthorize("hasAnyRole('SUPERVISOR', 'ORG_ADMIN')")
  List<CaseloadView> caseloads() {
    return supervision.caseloads();
  }

  @Operation(summary = "Open plan actions and follow-ups past due, oldest first")
  @GetMapping("/overdue")
  @PreAuthorize("hasAnyRole('SUPERVISOR', 'ORG_ADMIN')")
  List<OverdueItem> overdue() {
    return supervision.overdue();
  }

  @Operation(summary = "How many contacts are not linked to a case, and the latest of them")
  @GetMapping("/unlinked-contacts")
  @PreAuthorize("hasAnyRole('SUPERVISOR', 'ORG_ADMIN')")
  UnlinkedContacts unlinkedContacts() {
    return supervision.unlinkedContacts();
  }

  @Operation(
      summary = "Draws closed cases at random for quality review",
      description =
          "size from 1 to 50; closedFrom and closedTo are days of closing, both included, in the"
              + " organisation's time zone. Cases drawn before are not drawn again; fewer cases"
              + " than asked (or none) come back when fewer are left in the period.")
  @PostMapping("/samples")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('SUPERVISOR')")
  List<QualityReviewView> drawSample(@RequestBody SampleRequest request) {
    return supervision.drawSample(
        request.size() == null ? 0 : request.size(), request.closedFrom(), request.closedTo());
  }

  @Operation(summary = "Reviews drawn, undone first, newest draw first; without comments")
  @GetMapping("/reviews")
  @PreAuthorize("hasRole('SUPERVISOR')")
  List<QualityReviewView> reviews() {
    return supervision.reviews();
  }

  @Operation(summary = "One review with its comment; 404 for a review of another organisation")
  @GetMapping("/reviews/{id}")
  @PreAuthorize("hasRole('SUPERVISOR')")
  QualityReviewView review(@PathVariable UUID id) {
    return supervision.review(id);
  }

  @Operation(
      summary = "Records a review",
      description =
          "Every criterion needs a rating. version is the version the review was read at: a 409"
              + " concurrent-change problem carries the review as now stored when a colleague"
              + " saved it since.")
  @PutMapping("/reviews/{id}")
  @PreAuthorize("hasRole('SUPERVISOR')")
  QualityReviewView submitReview(@PathVariable UUID id, @RequestBody ReviewRequest request) {
    if (request.version() == null) {
      throw InvalidInput.of("version", "helpline.supervision.review.error.versionMissing");
    }
    return supervision.submitReview(
        id,
        request.ratings() == null ? Map.of() : request.ratings(),
        request.comment(),
        request.version());
  }

  record SampleRequest(Integer size, LocalDate closedFrom, LocalDate closedTo) {}

  record ReviewRequest(Map<ReviewCriterion, Rating> ratings, String comment, Long version) {}
}
