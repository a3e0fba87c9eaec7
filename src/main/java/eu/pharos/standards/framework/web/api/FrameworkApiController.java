package eu.pharos.standards.framework.web.api;

import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.ApiController;
import eu.pharos.standards.framework.FileProblem;
import eu.pharos.standards.framework.FrameworkAdministration;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkFileRefused;
import eu.pharos.standards.framework.FrameworkFormat;
import eu.pharos.standards.framework.FrameworkSummary;
import eu.pharos.standards.framework.FrameworkTree;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Frameworks of standards for the secretariat's own tools: list, read, export and import. An import
 * is all or nothing; a refused file is a 400 {@code framework-file-refused} problem whose {@code
 * problems} member lists each problem with its line.
 */
@Tag(name = "Standards frameworks", description = "Frameworks of quality standards")
@ApiController("frameworkApiController")
@RequestMapping("/api/v1/standards/frameworks")
@PreAuthorize("hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN')")
class FrameworkApiController {

  private final FrameworkCatalogue catalogue;
  private final FrameworkAdministration administration;
  private final MessageSource messages;

  FrameworkApiController(
      FrameworkCatalogue catalogue,
      FrameworkAdministration administration,
      MessageSource messages) {
    this.catalogue = catalogue;
    this.administration = administration;
    this.messages = messages;
  }

  @Operation(summary = "Every framework, drafts included, newest version first within a code")
  @GetMapping
  List<FrameworkSummary> list() {
    return catalogue.all();
  }

  @Operation(summary = "A framework with its standards, criteria and indicators")
  @GetMapping("/{id}")
  FrameworkTree get(@PathVariable UUID id) {
    return catalogue.tree(id);
  }

  @Operation(summary = "A framework as a YAML or JSON file, which imports back unchanged")
  @GetMapping("/{id}/export")
  ResponseEntity<byte[]> export(
      @PathVariable UUID id,
      @Parameter(description = "yaml (default) or json") @RequestParam(defaultValue = "yaml")
          String format) {
    FrameworkFormat chosen =
        FrameworkFormat.named(format)
            .orElseThrow(() -> InvalidInput.of("format", "standards.framework.error.format"));
    FrameworkTree tree = catalogue.tree(id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(chosen.mediaType() + ";charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\""
                + tree.code()
                + "-"
                + tree.version()
                + "."
                + chosen.extension()
                + "\"")
        .body(administration.export(id, chosen));
  }

  @Operation(
      summary = "Import a framework file (the body) as a new draft",
      description =
          "The format comes from ?format=, else from the Content-Type (JSON or YAML), else from the"
              + " content. A file with any problem is refused whole (400 framework-file-refused,"
              + " problems by line); a code and version already stored is a 400 validation-failed.")
  @PostMapping(
      consumes = {
        "application/yaml",
        "application/x-yaml",
        "text/yaml",
        "application/json",
        "text/plain",
        "application/octet-stream"
      })
  ResponseEntity<FrameworkSummary> importFile(
      @RequestBody byte[] body,
      @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
    FrameworkFormat chosen =
        FrameworkFormat.named(format)
            .or(() -> fromContentType(contentType))
            .orElseGet(() -> FrameworkFormat.of(null, body));
    FrameworkSummary imported = administration.importFile(body, chosen);
    return ResponseEntity.created(URI.create("/api/v1/standards/frameworks/" + imported.id()))
        .body(imported);
  }

  private static java.util.Optional<FrameworkFormat> fromContentType(String contentType) {
    if (contentType == null) {
      return java.util.Optional.empty();
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.contains("json")) {
      return java.util.Optional.of(FrameworkFormat.JSON);
    }
    if (type.contains("yaml")) {
      return java.util.Optional.of(FrameworkFormat.YAML);
    }
    return java.util.Optional.empty();
  }

  /** One problem of a refused file. */
  record LineProblem(int line, String path, String code, String message) {}

  @ExceptionHandler(FrameworkFileRefused.class)
  ResponseEntity<ProblemDetail> refused(FrameworkFileRefused refused, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(URI.create("urn:pharos:problem:framework-file-refused"));
    problem.setTitle(messages.getMessage("standards.framework.api.refused.title", null, locale));
    problem.setDetail(
        messages.getMessage(
            "standards.framework.error.file-refused",
            new Object[] {refused.fileProblems().size()},
            locale));
    problem.setProperty(
        "problems",
        refused.fileProblems().stream()
            .map(
                (FileProblem p) ->
                    new LineProblem(
                        p.line(),
                        p.path(),
                        p.messageKey(),
                        messages.getMessage(p.messageKey(), p.args().toArray(), locale)))
            .toList());
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
