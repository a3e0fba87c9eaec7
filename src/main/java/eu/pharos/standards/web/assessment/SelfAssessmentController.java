package eu.pharos.standards.web.assessment;

import eu.pharos.platform.FileRejected;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import eu.pharos.standards.cycle.CycleNotFound;
import eu.pharos.standards.cycle.EvidenceDownload;
import eu.pharos.standards.cycle.SelfAssessmentView;
import eu.pharos.standards.cycle.SelfAssessmentView.IndicatorAssessment;
import eu.pharos.standards.cycle.SelfAssessmentView.StandardAssessment;
import eu.pharos.standards.cycle.SelfAssessments;
import eu.pharos.standards.web.StandardsPages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The self-assessment pages: an overview with the progress, the standards and the submission, and a
 * page per standard where each indicator has its own form (rating, narrative), so that saving one
 * never touches another, with its evidence, a form to add a link and one to upload a file. Every
 * form posts and redirects back to its indicator; a refused form comes back with its messages and
 * the input kept; a colleague's newer save of the same indicator is shown beside what the user
 * entered (409).
 */
@Controller("standardsSelfAssessmentController")
@RequestMapping("/app/standards/cycles/{id}/self-assessment")
@PreAuthorize(
    "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN', 'EVALUATOR', 'ORG_ADMIN', 'SUPERVISOR', 'MEMBER')")
class SelfAssessmentController {

  private final SelfAssessments assessments;
  private final StandardsPages pages;

  SelfAssessmentController(SelfAssessments assessments, StandardsPages pages) {
    this.assessments = assessments;
    this.pages = pages;
  }

  /** A required indicator still unrated, for the list of what blocks the submission. */
  record Unrated(UUID indicatorId, UUID standardId, String message) {}

  @GetMapping
  String overview(@PathVariable UUID id, Model model) {
    return overview(assessments.view(id), List.of(), null, model);
  }

  @GetMapping("/standards/{standardId}")
  String standard(@PathVariable UUID id, @PathVariable UUID standardId, Model model) {
    return standardPage(assessments.view(id), standardId, Map.of(), Map.of(), null, model);
  }

  @PostMapping("/indicators/{indicatorId}")
  String rate(
      @PathVariable UUID id,
      @PathVariable UUID indicatorId,
      @RequestParam(required = false) String rating,
      @RequestParam(required = false) String narrative,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("rating-" + indicatorId, FormValues.clean(rating));
    typed.put("narrative-" + indicatorId, narrative == null ? "" : narrative);
    typed.put("version-" + indicatorId, FormValues.clean(version));
    try {
      Integer level = number(rating, "rating");
      Long from = number(version, "version") == null ? null : Long.valueOf(version.strip());
      if (from == null) {
        throw InvalidInput.of("version", "standards.assessment.error.version");
      }
      IndicatorAssessment saved = assessments.rate(id, indicatorId, level, narrative, from);
      redirect.addFlashAttribute("done", "standards.assessment.web.done.rated");
      redirect.addFlashAttribute("doneArg", saved.code());
      return backTo(id, saved.standardId(), indicatorId);
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      Map<String, String> errors =
          pages.errors(
              invalid,
              field -> field.equals("narrative") ? "narrative-" + indicatorId : null,
              "rating-" + indicatorId,
              locale);
      return refused(id, indicatorId, errors, typed, null, model);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      IndicatorAssessment saved = (IndicatorAssessment) stale.current();
      typed.put("version-" + indicatorId, String.valueOf(stale.currentVersion()));
      return refused(id, indicatorId, Map.of(), typed, saved, model);
    }
  }

  @PostMapping("/indicators/{indicatorId}/links")
  String addLink(
      @PathVariable UUID id,
      @PathVariable UUID indicatorId,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String url,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      var added = assessments.addLink(id, indicatorId, title, url);
      return evidenceAdded(id, indicatorId, added.indicatorId(), redirect);
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put("link-title-" + indicatorId, FormValues.clean(title));
      typed.put("link-url-" + indicatorId, FormValues.clean(url));
      Map<String, String> errors =
          pages.errors(
              invalid,
              field -> field.equals("url") ? "link-url-" + indicatorId : null,
              "link-title-" + indicatorId,
              locale);
      return refused(id, indicatorId, errors, typed, null, model);
    }
  }

  @PostMapping("/indicators/{indicatorId}/files")
  String addFile(
      @PathVariable UUID id,
      @PathVariable UUID indicatorId,
      @RequestParam(required = false) String title,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("file-title-" + indicatorId, FormValues.clean(title));
    try {
      if (file == null || file.isEmpty()) {
        throw FileRejected.empty();
      }
      var added =
          assessments.addFile(
              id, indicatorId, title, file.getOriginalFilename(), file.getInputStream());
      return evidenceAdded(id, indicatorId, added.indicatorId(), redirect);
    } catch (FileRejected rejected) {
      response.setStatus(
          switch (rejected.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE.value();
            case TYPE_NOT_ALLOWED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE.value();
            case EMPTY -> HttpStatus.BAD_REQUEST.value();
          });
      Map<String, String> errors = new LinkedHashMap<>();
      errors.put(
          "file-" + indicatorId,
          pages.message(rejected.messageKey(), locale, rejected.messageArguments()));
      return refused(id, indicatorId, errors, typed, null, model);
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      Map<String, String> errors =
          pages.errors(
              invalid,
              field -> field.equals("title") ? "file-title-" + indicatorId : null,
              "file-" + indicatorId,
              locale);
      return refused(id, indicatorId, errors, typed, null, model);
    }
  }

  @PostMapping("/evidence/{evidenceId}/remove")
  String removeEvidence(
      @PathVariable UUID id,
      @PathVariable UUID evidenceId,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    SelfAssessmentView before = assessments.view(id);
    IndicatorAssessment indicator =
        before.standards().stream()
            .flatMap(s -> s.criteria().stream())
            .flatMap(c -> c.indicators().stream())
            .filter(i -> i.evidence().stream().anyMatch(e -> e.id().equals(evidenceId)))
            .findFirst()
            .orElseThrow(() -> CycleNotFound.forId(evidenceId));
    try {
      assessments.removeEvidence(id, evidenceId);
      redirect.addFlashAttribute("done", "standards.assessment.web.done.removed");
      return backTo(id, indicator.standardId(), indicator.id());
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      Map<String, String> errors =
          pages.errors(invalid, field -> null, "evidence-" + indicator.id(), locale);
      return refused(id, indicator.id(), errors, Map.of(), null, model);
    }
  }

  @GetMapping("/evidence/{evidenceId}")
  ResponseEntity<InputStreamResource> download(
      @PathVariable UUID id, @PathVariable UUID evidenceId) {
    EvidenceDownload download = assessments.openEvidenceFile(id, evidenceId);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(download.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.parseMediaType(download.contentType()))
        .contentLength(download.size())
        .body(new InputStreamResource(download.content()));
  }

  @GetMapping("/submit")
  String confirmSubmit(@PathVariable UUID id, Model model) {
    SelfAssessmentView view = assessments.view(id);
    if (!view.editable()) {
      return "redirect:/app/standards/cycles/" + id + "/self-assessment";
    }
    model.addAttribute("view", view);
    model.addAttribute("cycle", view.cycle());
    return "standards/assessment/submit";
  }

  @PostMapping("/submit")
  String submit(
      @PathVariable UUID id,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Long from = number(version, "version") == null ? null : Long.valueOf(version.strip());
      if (from == null) {
        throw InvalidInput.of(null, "standards.assessment.error.version");
      }
      assessments.submit(id, from);
      redirect.addFlashAttribute("done", "standards.assessment.web.done.submitted");
      return "redirect:/app/standards/cycles/" + id + "/self-assessment";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      SelfAssessmentView view = assessments.view(id);
      List<Unrated> unrated = new ArrayList<>();
      List<String> general = new ArrayList<>();
      for (InvalidInput.Problem problem : invalid.problems()) {
        String message = pages.message(problem.messageKey(), locale, problem.arguments().toArray());
        UUID indicatorId = FormValues.id(problem.field());
        IndicatorAssessment indicator =
            indicatorId == null ? null : view.indicator(indicatorId).orElse(null);
        if (indicator == null) {
          general.add(message);
        } else {
          unrated.add(new Unrated(indicator.id(), indicator.standardId(), message));
        }
      }
      model.addAttribute("general", general);
      return overview(view, unrated, null, model);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return overview(assessments.view(id), List.of(), "conflict", model);
    }
  }

  // --- Rendering ---------------------------------------------------------------------------------

  private String overview(
      SelfAssessmentView view, List<Unrated> unrated, String conflict, Model model) {
    model.addAttribute("view", view);
    model.addAttribute("cycle", view.cycle());
    model.addAttribute("unrated", unrated);
    if (!model.containsAttribute("general")) {
      model.addAttribute("general", List.of());
    }
    model.addAttribute("conflict", conflict != null);
    model.addAttribute("zone", pages.zone());
    return "standards/assessment/overview";
  }

  private String standardPage(
      SelfAssessmentView view,
      UUID standardId,
      Map<String, String> errors,
      Map<String, String> typed,
      IndicatorAssessment conflict,
      Model model) {
    StandardAssessment standard =
        view.standard(standardId).orElseThrow(() -> CycleNotFound.forId(standardId));
    model.addAttribute("view", view);
    model.addAttribute("cycle", view.cycle());
    model.addAttribute("standard", standard);
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("conflict", conflict);
    model.addAttribute("narrativeMax", SelfAssessments.NARRATIVE_MAX);
    model.addAttribute("zone", pages.zone());
    return "standards/assessment/standard";
  }

  /** The standard's page again, with the refused form's messages and input. */
  private String refused(
      UUID id,
      UUID indicatorId,
      Map<String, String> errors,
      Map<String, String> typed,
      IndicatorAssessment conflict,
      Model model) {
    SelfAssessmentView view = assessments.view(id);
    IndicatorAssessment indicator =
        view.indicator(indicatorId).orElseThrow(() -> CycleNotFound.forId(indicatorId));
    return standardPage(view, indicator.standardId(), errors, typed, conflict, model);
  }

  private String evidenceAdded(
      UUID id, UUID indicatorId, UUID addedTo, RedirectAttributes redirect) {
    SelfAssessmentView view = assessments.view(id);
    IndicatorAssessment indicator =
        view.indicator(addedTo).orElseThrow(() -> CycleNotFound.forId(indicatorId));
    redirect.addFlashAttribute("done", "standards.assessment.web.done.evidence");
    redirect.addFlashAttribute("doneArg", indicator.code());
    return backTo(id, indicator.standardId(), indicatorId);
  }

  private static String backTo(UUID id, UUID standardId, UUID indicatorId) {
    return "redirect:/app/standards/cycles/"
        + id
        + "/self-assessment/standards/"
        + standardId
        + "#indicator-"
        + indicatorId;
  }

  /** A whole number as a form sends it; blank is null; anything else is refused on its field. */
  private static Integer number(String value, String field) {
    String text = FormValues.clean(value);
    if (text.isEmpty()) {
      return null;
    }
    if (!text.matches("-?\\d{1,9}")) {
      throw InvalidInput.of(
          field,
          field.equals("rating")
              ? "standards.assessment.error.rating"
              : "standards.assessment.error.version");
    }
    return Integer.valueOf(text);
  }
}
