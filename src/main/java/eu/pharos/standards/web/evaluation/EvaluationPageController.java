package eu.pharos.standards.web.evaluation;

import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import eu.pharos.standards.cycle.EvaluationView;
import eu.pharos.standards.cycle.Evaluations;
import eu.pharos.standards.cycle.Party;
import eu.pharos.standards.web.StandardsPages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cycle's evaluation page: the evaluators (the secretariat assigns and removes them), the pilot
 * mark, the technical visit's plan, the findings per standard and the report with its summary and
 * "complete the report" step, and the report as PDF. Every change is a POST form: bad input comes
 * back with its messages beside the fields (400), a change made meanwhile shows the saved version
 * beside what the user typed (409).
 */
@Controller("standardsEvaluationPageController")
@RequestMapping("/app/standards/cycles/{id}/evaluation")
@PreAuthorize(
    "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN', 'EVALUATOR', 'ORG_ADMIN', 'SUPERVISOR', 'MEMBER')")
class EvaluationPageController {

  private final Evaluations evaluations;
  private final StandardsPages pages;

  EvaluationPageController(Evaluations evaluations, StandardsPages pages) {
    this.evaluations = evaluations;
    this.pages = pages;
  }

  @GetMapping
  String show(@PathVariable UUID id, Model model) {
    return page(evaluations.view(id), Map.of(), Map.of(), null, null, model);
  }

  @PostMapping("/evaluators")
  String assign(
      @PathVariable UUID id,
      @RequestParam(required = false) String evaluator,
      @RequestParam(required = false) String lead,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("evaluator", FormValues.clean(evaluator));
    typed.put("lead", lead == null ? "" : "true");
    return act(
        id,
        typed,
        "evaluator",
        () -> evaluations.assignEvaluator(id, FormValues.id(evaluator), lead != null),
        "standards.evaluation.done.assigned",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/evaluators/{userId}/remove")
  String remove(
      @PathVariable UUID id,
      @PathVariable UUID userId,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        Map.of(),
        "evaluators",
        () -> evaluations.removeEvaluator(id, userId),
        "standards.evaluation.done.removed",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/pilot")
  String pilot(
      @PathVariable UUID id,
      @RequestParam(required = false) String pilot,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        Map.of(),
        "pilot",
        () -> evaluations.markPilot(id, pilot != null),
        "standards.evaluation.done.pilot",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/visit")
  String visit(
      @PathVariable UUID id,
      @RequestParam(required = false) String visitStartsOn,
      @RequestParam(required = false) String visitEndsOn,
      @RequestParam(required = false) String visitLocation,
      @RequestParam(required = false) String visitAgenda,
      @RequestParam(required = false) String peopleMet,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("visitStartsOn", FormValues.clean(visitStartsOn));
    typed.put("visitEndsOn", FormValues.clean(visitEndsOn));
    typed.put("visitLocation", FormValues.text(visitLocation));
    typed.put("visitAgenda", FormValues.text(visitAgenda));
    typed.put("peopleMet", FormValues.text(peopleMet));
    typed.put("version", FormValues.clean(version));
    LocalDate starts = FormValues.date(visitStartsOn);
    LocalDate ends = FormValues.date(visitEndsOn);
    return act(
        id,
        typed,
        "visitStartsOn",
        () ->
            evaluations.planVisit(
                id, starts, ends, visitLocation, visitAgenda, peopleMet, version(version)),
        "standards.evaluation.done.visit",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/report")
  String draftReport(
      @PathVariable UUID id,
      @RequestParam(required = false) String reportSummary,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("reportSummary", FormValues.text(reportSummary));
    typed.put("version", FormValues.clean(version));
    return act(
        id,
        typed,
        "reportSummary",
        () -> evaluations.draftReport(id, reportSummary, version(version)),
        "standards.evaluation.done.draft",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/report/complete")
  String completeReport(
      @PathVariable UUID id,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        Map.of(),
        "findings",
        () -> evaluations.completeReport(id),
        "standards.evaluation.done.completed",
        model,
        locale,
        response,
        redirect);
  }

  @GetMapping("/report.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
    byte[] pdf = evaluations.reportPdf(id, locale);
    String reference = evaluations.view(id).cycle().reference();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_PDF);
    headers.setContentDisposition(
        ContentDisposition.attachment().filename("evaluation-" + reference + ".pdf").build());
    headers.setCacheControl("no-store");
    return new ResponseEntity<>(pdf, headers, HttpStatus.OK);
  }

  /**
   * Runs a change: on success back to the page with a message; on bad input the page with each
   * message beside its field (400); on a change made meanwhile the saved version beside the user's
   * (409). What the user typed is kept either way.
   */
  private String act(
      UUID id,
      Map<String, String> typed,
      String fallback,
      Runnable change,
      String doneKey,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      change.run();
      redirect.addFlashAttribute("done", doneKey);
      return "redirect:/app/standards/cycles/" + id + "/evaluation";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(
          evaluations.view(id), pages.errors(invalid, fallback, locale), typed, null, null, model);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      Map<String, String> kept = new LinkedHashMap<>(typed);
      kept.put("version", String.valueOf(stale.currentVersion()));
      return page(evaluations.view(id), Map.of(), kept, fallback, stale.current(), model);
    }
  }

  private String page(
      EvaluationView view,
      Map<String, String> errors,
      Map<String, String> typed,
      String conflict,
      Object saved,
      Model model) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("evaluator", "");
    form.put("lead", "");
    form.put("visitStartsOn", FormValues.text(view.visit().startsOn()));
    form.put("visitEndsOn", FormValues.text(view.visit().endsOn()));
    form.put("visitLocation", FormValues.text(view.visit().location()));
    form.put("visitAgenda", FormValues.text(view.visit().agenda()));
    form.put("peopleMet", FormValues.text(view.visit().peopleMet()));
    form.put("reportSummary", FormValues.text(view.reportSummary()));
    form.put("version", String.valueOf(view.version()));
    form.putAll(typed);
    model.addAttribute("view", view);
    model.addAttribute("cycle", view.cycle());
    model.addAttribute("secretariat", view.cycle().is(Party.SECRETARIAT));
    model.addAttribute(
        "candidates", view.may().manage() ? evaluations.candidates(view.cycle().id()) : List.of());
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
    model.addAttribute("conflict", conflict);
    model.addAttribute("saved", saved);
    model.addAttribute("zone", pages.zone());
    return "standards/evaluation/evaluation";
  }

  /** The version a form sent; a missing or malformed one can only be stale. */
  static long version(String value) {
    String text = FormValues.clean(value);
    try {
      return text.isEmpty() ? -2 : Long.parseLong(text);
    } catch (NumberFormatException e) {
      return -2;
    }
  }
}
