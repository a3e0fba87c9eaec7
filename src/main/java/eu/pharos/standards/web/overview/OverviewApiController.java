package eu.pharos.standards.web.overview;

import eu.pharos.shared.web.ApiController;
import eu.pharos.standards.cycle.NetworkOverview;
import eu.pharos.standards.cycle.NetworkOverview.Heatmap;
import eu.pharos.standards.cycle.NetworkOverview.IndicatorRanking;
import eu.pharos.standards.cycle.NetworkOverview.Stages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's view across the network as JSON: the heatmap, the indicators most often not met
 * and every member's stage. A framework is named by its code; without one, the most recently
 * adopted framework's code is used. An unknown code or a limit out of range is a 400 {@code
 * validation-failed} problem naming the field.
 */
@Tag(
    name = "Standards overview",
    description = "Members against the network's standards, for the secretariat")
@ApiController("standardsOverviewApiController")
@RequestMapping("/api/v1/standards/overview")
@PreAuthorize("hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN')")
class OverviewApiController {

  private final NetworkOverview overview;

  OverviewApiController(NetworkOverview overview) {
    this.overview = overview;
  }

  @Operation(
      summary = "Members against the standards of a framework's latest version",
      description =
          "Each cell is the member's latest cycle's score for the standard, from 0 to 1: from the"
              + " findings once the evaluation report is complete (met 1, partly met 0.5, not met"
              + " 0), else from the self-assessment (rating over the scale's top); null when the"
              + " cycle has nothing on the standard yet.")
  @GetMapping("/heatmap")
  Heatmap heatmap(
      @Parameter(description = "Framework code; the most recently adopted one when absent")
          @RequestParam(required = false)
          String framework) {
    return overview.heatmap(framework);
  }

  @Operation(
      summary = "Indicators most often not met in members' latest completed evaluations",
      description = "Ranked by members that did not meet them, then by members that partly did.")
  @GetMapping("/indicators")
  IndicatorRanking indicators(
      @Parameter(description = "Framework code; the most recently adopted one when absent")
          @RequestParam(required = false)
          String framework,
      @Parameter(description = "How many indicators, 1 to 1000") @RequestParam(defaultValue = "20")
          int limit) {
    return overview.mostOftenNotMet(framework, limit);
  }

  @Operation(
      summary = "Every member's latest cycle, accreditation and overdue actions, with counts")
  @GetMapping("/stages")
  Stages stages() {
    return overview.stages();
  }
}
