package eu.pharos.helpline.wellbeing.web;

import eu.pharos.helpline.WellbeingChecks;
import eu.pharos.helpline.WellbeingQuestion;
import eu.pharos.helpline.WellbeingResult;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The caller's own confidential wellbeing checks. No endpoint reads another person's check, whoever
 * asks.
 */
@Tag(name = "Wellbeing", description = "The caller's own confidential wellbeing checks")
@ApiController
@RequestMapping("/api/v1/wellbeing/checks")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class WellbeingApiController {

  private final WellbeingChecks checks;

  WellbeingApiController(WellbeingChecks checks) {
    this.checks = checks;
  }

  @Operation(
      summary = "Records a check of the caller",
      description =
          "answers rates every statement from 1 (never) to 5 (very often). Scores per scale are"
              + " round(100 * (sum - 4) / 16) over its 4 statements: strain for compassion fatigue"
              + " and burnout, satisfaction for satisfaction.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  WellbeingResult submit(@RequestBody CheckRequest request) {
    return checks.submit(request.answers() == null ? Map.of() : request.answers());
  }

  @Operation(summary = "The caller's own checks, newest first")
  @GetMapping
  List<WellbeingResult> mine() {
    return checks.mine();
  }

  record CheckRequest(Map<WellbeingQuestion, Integer> answers) {}
}
