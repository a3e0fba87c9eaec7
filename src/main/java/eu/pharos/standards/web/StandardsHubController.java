package eu.pharos.standards.web;

import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import eu.pharos.standards.cycle.CycleStage;
import eu.pharos.standards.cycle.CycleSummary;
import eu.pharos.standards.cycle.Cycles;
import eu.pharos.standards.cycle.OpenCycle;
import eu.pharos.standards.cycle.StandardsAccess;
import eu.pharos.standards.framework.FrameworkCatalogue;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
 * The standards hub: the cycles the caller takes part in (a member's own, an evaluator's assigned
 * ones, every member's for the secretariat), the secretariat's form to open a cycle, and a cycle's
 * own page, which shows where it stands and leads to each stage's pages.
 */
@Controller("standardsHubController")
@RequestMapping("/app/standards")
@PreAuthorize(
    "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN', 'EVALUATOR', 'ORG_ADMIN', 'SUPERVISOR', 'MEMBER')")
class StandardsHubController {

  private final Cycles cycles;
  private final StandardsAccess access;
  private final FrameworkCatalogue catalogue;
  private final StandardsPages pages;

  StandardsHubController(
      Cycles cycles, StandardsAccess access, FrameworkCatalogue catalogue, StandardsPages pages) {
    this.cycles = cycles;
    this.access = access;
    this.catalogue = catalogue;
    this.pages = pages;
  }

  @GetMapping
  String hub(Model model, Locale locale) {
    return hub(model, Map.of(), Map.of(), locale);
  }

  @PostMapping("/cycles")
  String open(
      @RequestParam(required = false) String organisationId,
      @RequestParam(required = false) String frameworkId,
      @RequestParam(required = false) String selfAssessmentDue,
      @RequestParam(required = false) String pilot,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    access.requireSecretariat();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("organisationId", FormValues.clean(organisationId));
    form.put("frameworkId", FormValues.clean(frameworkId));
    form.put("selfAssessmentDue", FormValues.clean(selfAssessmentDue));
    form.put("pilot", pilot == null ? "" : "true");
    LocalDate due = FormValues.date(selfAssessmentDue);
    try {
      if (!FormValues.clean(selfAssessmentDue).isEmpty() && due == null) {
        throw InvalidInput.of("selfAssessmentDue", "standards.cycle.error.due-date");
      }
      CycleSummary opened =
          cycles.open(
              new OpenCycle(
                  FormValues.id(organisationId), FormValues.id(frameworkId), due, pilot != null));
      redirect.addFlashAttribute("done", "standards.web.done.opened");
      return "redirect:/app/standards/cycles/" + opened.id();
    } catch (InvalidInput invalid) {
      response.setStatus(400);
      return hub(model, form, pages.errors(invalid, "organisationId", locale), locale);
    }
  }

  @GetMapping("/cycles/{id}")
  String cycle(@PathVariable UUID id, Model model) {
    CycleSummary cycle = cycles.get(id);
    model.addAttribute("cycle", cycle);
    model.addAttribute("stages", CycleStage.values());
    model.addAttribute("zone", pages.zone());
    return "standards/cycle";
  }

  private String hub(
      Model model, Map<String, String> form, Map<String, String> errors, Locale locale) {
    List<CycleSummary> visible = cycles.visible();
    model.addAttribute("cycles", visible);
    model.addAttribute("secretariat", access.isSecretariat());
    if (access.isSecretariat()) {
      model.addAttribute("members", cycles.members());
      model.addAttribute("frameworks", catalogue.adopted());
    }
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("zone", pages.zone());
    model.addAttribute("language", locale.getLanguage());
    return "standards/hub";
  }
}
