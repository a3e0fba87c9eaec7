package eu.pharos.helpline.privacy.web;

import eu.pharos.helpline.Retention;
import eu.pharos.helpline.RetentionPolicy;
import eu.pharos.helpline.RetentionReport;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisation's retention policy and the figures of the latest runs (organisation admins). */
@Tag(name = "Retention", description = "How long the organisation keeps closed cases")
@ApiController
@RequestMapping("/api/v1/retention")
class RetentionApiController {

  private final Retention retention;

  RetentionApiController(Retention retention) {
    this.retention = retention;
  }

  @Operation(summary = "The organisation's retention policy")
  @GetMapping("/policy")
  RetentionPolicy policy() {
    return retention.policy();
  }

  @Operation(
      summary = "Change the retention policy",
      description =
          "30 to 3650 days; send the version you read: a policy changed since is refused with 409"
              + " and the current one.")
  @PutMapping("/policy")
  RetentionPolicy change(@RequestBody PolicyRequest request) {
    List<InvalidInput.Problem> problems = new ArrayList<>();
    if (request == null || request.closedCaseRetentionDays() == null) {
      problems.add(
          InvalidInput.Problem.of(
              "closedCaseRetentionDays", "helpline.privacy.retention.days.required"));
    }
    if (request == null || request.version() == null) {
      problems.add(InvalidInput.Problem.of("version", "helpline.privacy.version.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return retention.changePolicy(request.closedCaseRetentionDays(), request.version());
  }

  @Operation(summary = "The latest retention runs with this organisation's figures, newest first")
  @GetMapping("/runs")
  List<RetentionReport> runs(@RequestParam(defaultValue = "20") int limit) {
    return retention.recentRuns(limit);
  }

  /**
   * @param version the version of the policy the change starts from
   */
  record PolicyRequest(Integer closedCaseRetentionDays, Long version) {}
}
