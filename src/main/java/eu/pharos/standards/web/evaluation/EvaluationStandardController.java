package eu.pharos.standards.web.evaluation;

import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import eu.pharos.standards.cycle.CycleNotFound;
import eu.pharos.standards.cycle.EvaluationView;
import eu.pharos.standards.cycle.EvaluationView.IndicatorPart;
import eu.pharos.standards.cycle.EvaluationView.StandardPart;
import eu.pharos.standards.cycle.Evaluations;
import eu.pharos.standards.cycle.FindingResult;
import eu.pharos.standards.web.StandardsPages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
 * One standard of a cycle's evaluation: per indicator the member's self-rating and narrative beside
 * the evaluators' finding, with a finding form for assigned evaluators during the evaluation and a
 * response form for the member once the report is complete. Fields of each indicator's forms are
 * named with the indicator's id, so that errors land beside the right one.
 */
@Controller("standardsEvaluationStandardController")
@RequestMapping("/app/standards/cycles/{id}/evaluation")
@PreAuthorize(
    "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN', 'EVALUATOR', 'ORG_ADMIN', 'SUPERVISOR', 'MEMBER')")
class EvaluationStandardController {

  private final Evaluations evaluations;
  private final StandardsPages pages;

  EvaluationStandardController(Evaluations evaluations, StandardsPages pages) {
    this.evaluations = evaluations;
    this.pages = pages;
  }

  @GetMapping("/standards/{standardId}")
  String show(@PathVariable UUID id, @PathVariable UUID standardId, Model model) {
    EvaluationView view = evaluations.view(id);
    return page(view, standard(view, standardId), Map.of(), Map.of(), null, null, model);
  }

  @PostMapping("/findings/{indicatorId}")
  String record(
      @PathVariable UUID id,
      @PathVariable UUID indicatorId,
      @RequestParam(required = false) String result,
      @RequestParam(required = false) String comment,
      @RequestParam(required = false) String evidenceReviewed,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("result", FormValues.clean(result));
    typed.put("comment", FormValues.text(comment));
    typed.put("evidenceReviewed", FormValues.text(evidenceReviewed));
    typed.put("version", FormValues.clean(version));
    String v = FormValues.clean(version);
    Long from = v.isEmpty() ? null : EvaluationPageController.version(v);
    return act(
        id,
        indicatorId,
        typed,
        "result",
        () ->
            evaluations.recordFinding(
                id,
                indicatorId,
                FormValues.choice(FindingResult.class, result),
                comment,
                evidenceReviewed,
                from),
        "standards.evaluation.done.finding",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/responses/{indicatorId}")
  String respond(
      @PathVariable UUID id,
      @PathVariable UUID indicatorId,
      @RequestParam(required = false) String response,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse servletResponse,
      RedirectAttributes redirect) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("response", FormValues.text(response));
    typed.put("version", FormValues.clean(version));
    return act(
        id,
        indicatorId,
        typed,
        "response",
        () ->
            evaluations.respond(
                id, indicatorId, response, EvaluationPageController.version(version)),
        "standards.evaluation.done.response",
        model,
        locale,
        servletResponse,
        redirect);
  }

  private String act(
      UUID id,
      UUID indicatorId,
      Map<String, String> typed,
      String fallback,
      Runnable change,
      String doneKey,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    EvaluationView before = evaluations.view(id);
    StandardPart standard = standardOf(before, indicatorId);
    Map<String, String> keyed = new LinkedHashMap<>();
    typed.forEach((field, value) -> keyed.put(field + "-" + indicatorId, value));
    try {
      change.run();
      redirect.addFlashAttribute("done", doneKey);
      return "redirect:/app/standards/cycles/"
          + id
          + "/evaluation/standards/"
          + standard.id()
          + "#indicator-"
          + indicatorId;
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      Map<String, String> errors =
          pages.errors(
              invalid, field -> field + "-" + indicatorId, fallback + "-" + indicatorId, locale);
      EvaluationView view = evaluations.view(id);
      return page(view, standard(view, standard.id()), errors, keyed, null, null, model);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      keyed.put("version-" + indicatorId, String.valueOf(stale.currentVersion()));
      EvaluationView view = evaluations.view(id);
      return page(
          view,
          standard(view, standard.id()),
          Map.of(),
          keyed,
          indicatorId,
          stale.current(),
          model);
    }
  }

  private String page(
      EvaluationView view,
      StandardPart standard,
      Map<String, String> errors,
      Map<String, String> typed,
      UUID conflict,
      Object saved,
      Model model) {
    Map<String, String> form = new LinkedHashMap<>();
    for (IndicatorPart indicator : standard.indicators()) {
      var finding = indicator.finding();
      String suffix = "-" + indicator.id();
      form.put("result" + suffix, finding == null ? "" : finding.result().name());
      form.put("comment" + suffix, finding == null ? "" : FormValues.text(finding.comment()));
      form.put(
          "evidenceReviewed" + suffix,
          finding == null ? "" : FormValues.text(finding.evidenceReviewed()));
      form.put("response" + suffix, finding == null ? "" : FormValues.text(finding.response()));
      form.put("version" + suffix, finding == null ? "" : String.valueOf(finding.version()));
    }
    form.putAll(typed);
    model.addAttribute("view", view);
    model.addAttribute("cycle", view.cycle());
    model.addAttribute("standard", standard);
    model.addAttribute("results", FindingResult.values());
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
    model.addAttribute("conflict", conflict);
    model.addAttribute("saved", saved);
    model.addAttribute("zone", pages.zone());
    return "standards/evaluation/standard";
  }

  private static StandardPart standard(EvaluationView view, UUID standardId) {
    return view.standard(standardId).orElseThrow(() -> CycleNotFound.forId(standardId));
  }

  private static StandardPart standardOf(EvaluationView view, UUID indicatorId) {
    return view.standards().stream()
        .filter(s -> s.indicators().stream().anyMatch(i -> i.id().equals(indicatorId)))
        .findFirst()
        .orElseThrow(() -> CycleNotFound.forId(indicatorId));
  }
}
