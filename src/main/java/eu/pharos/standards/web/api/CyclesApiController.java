package eu.pharos.standards.web.api;

import eu.pharos.shared.web.ApiController;
import eu.pharos.standards.cycle.CycleSummary;
import eu.pharos.standards.cycle.Cycles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Standards cycles as the caller sees them: a member its own, an evaluator those assigned, the
 * secretariat every one. A cycle the caller does not take part in is 404.
 */
@Tag(name = "Standards cycles", description = "Quality standards cycles the caller takes part in")
@ApiController("standardsCyclesApiController")
@RequestMapping("/api/v1/standards/cycles")
@PreAuthorize(
    "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN', 'EVALUATOR', 'ORG_ADMIN', 'SUPERVISOR', 'MEMBER')")
class CyclesApiController {

  private final Cycles cycles;

  CyclesApiController(Cycles cycles) {
    this.cycles = cycles;
  }

  @Operation(summary = "The cycles the caller may see, newest first")
  @GetMapping
  List<CycleSummary> list() {
    return cycles.visible();
  }

  @Operation(summary = "A cycle, with how the caller takes part in it (parties)")
  @GetMapping("/{id}")
  CycleSummary get(@PathVariable UUID id) {
    return cycles.get(id);
  }
}
