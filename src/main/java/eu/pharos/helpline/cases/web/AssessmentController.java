package eu.pharos.helpline.cases.web;

import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.AssessmentQuestion.Section;
import eu.pharos.helpline.AssessmentStatus;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.NeedsAssessmentView;
import eu.pharos.helpline.ProtectionMeasure;
import eu.pharos.helpline.cases.CaseCalendar;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The individual needs assessment of a case (Directive 2012/29/EU, Article 22): one fieldset per
 * section, one radio group per question, saved as a draft at any time and submitted once every
 * question has an answer. A submitted assessment is shown as it was; a reassessment starts a new
 * draft.
 */
@Controller
@RequestMapping("/app/helpline/cases/{id}/assessment")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class AssessmentController {

  private final Cases cases;
  private final CaseChoices choices;
  private final CaseCalendar calendar;

  AssessmentController(Cases cases, CaseChoices choices, CaseCalendar calendar) {
    this.cases = cases;
    this.choices = choices;
    this.calendar = calendar;
  }

  @GetMapping
  String show(
      @PathVariable UUID id,
      @RequestParam(name = "reassess", required = false) String reassess,
      Model model) {
    CaseView view = cases.get(id);
    List<NeedsAssessmentView> assessments = cases.assessments(id);
    NeedsAssessmentView draft = draft(assessments);
    boolean anySubmitted =
        assessments.stream().anyMatch(a -> a.status() == AssessmentStatus.SUBMITTED);
    boolean editing = draft != null || !anySubmitted || reassess != null;
    model.addAttribute("form", draft == null ? new AssessmentForm() : AssessmentForm.of(draft));
    return page(view, assessments, editing, model);
  }

  @PostMapping
  String save(
      @PathVariable UUID id,
      @RequestParam(name = "submit", required = false) String submit,
      @ModelAttribute("form") AssessmentForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        if (submit != null) {
          cases.submitAssessment(id, form.toDraft());
          redirect.addFlashAttribute("done", "helpline.cases.done.assessment-submitted");
          return "redirect:/app/helpline/cases/" + id + "/assessment";
        }
        NeedsAssessmentView saved = cases.saveAssessment(id, form.toDraft());
        form.setVersion(saved.version());
        redirect.addFlashAttribute("done", "helpline.cases.done.assessment-saved");
        return "redirect:/app/helpline/cases/" + id + "/assessment";
      } catch (InvalidInput invalid) {
        FormErrors.bind(invalid, errors, AssessmentController::formField);
        if (submit != null) {
          // The draft was saved with the answers given: the next save starts from it.
          NeedsAssessmentView kept = draft(cases.assessments(id));
          if (kept != null) {
            form.setVersion(kept.version());
          }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
      } catch (ConcurrentChange stale) {
        form.setVersion(stale.currentVersion());
        model.addAttribute("conflict", stale.current());
        response.setStatus(HttpStatus.CONFLICT.value());
      }
    } else {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    return page(cases.get(id), cases.assessments(id), true, model);
  }

  /** "answers.CHILD" of the facade is the radio group "answers[CHILD]" of the form. */
  static String formField(String field) {
    if (field.startsWith("answers.")) {
      return "answers[" + field.substring("answers.".length()) + "]";
    }
    return field;
  }

  private String page(
      CaseView view, List<NeedsAssessmentView> assessments, boolean editing, Model model) {
    model.addAttribute("case", view);
    model.addAttribute("assessments", assessments);
    model.addAttribute(
        "submittedAssessments",
        assessments.stream().filter(a -> a.status() == AssessmentStatus.SUBMITTED).toList());
    model.addAttribute("editing", editing && view.status().name().equals("OPEN"));
    model.addAttribute("sections", sections());
    model.addAttribute("measures", ProtectionMeasure.values());
    model.addAttribute("names", choices.names());
    model.addAttribute("zone", calendar.zone());
    return "helpline/cases/assessment";
  }

  private static NeedsAssessmentView draft(List<NeedsAssessmentView> assessments) {
    return assessments.stream()
        .filter(a -> a.status() == AssessmentStatus.DRAFT)
        .findFirst()
        .orElse(null);
  }

  /** The questions of each section, in the order they are asked. */
  static Map<Section, List<AssessmentQuestion>> sections() {
    Map<Section, List<AssessmentQuestion>> sections = new LinkedHashMap<>();
    for (Section section : Section.values()) {
      sections.put(
          section,
          Arrays.stream(AssessmentQuestion.values()).filter(q -> q.section() == section).toList());
    }
    return sections;
  }
}
