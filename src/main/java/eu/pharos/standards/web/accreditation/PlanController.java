package eu.pharos.standards.web.accreditation;

import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import eu.pharos.standards.cycle.ActionView;
import eu.pharos.standards.cycle.ImprovementPlans;
import eu.pharos.standards.cycle.PlanAction;
import eu.pharos.standards.cycle.PlanView;
import eu.pharos.standards.web.StandardsPages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
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
 * A cycle's improvement plan: its progress, the actions per indicator not fully met, and forms to
 * add an action and to change, start, complete and reopen each one. Every form posts and redirects;
 * a refused one comes back with its messages beside its fields and the input kept, a stale one with
 * the saved action beside what was submitted.
 */
@Controller("standardsPlanController")
@RequestMapping("/app/standards/cycles/{id}/plan")
@PreAuthorize(
    "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN', 'EVALUATOR', 'ORG_ADMIN', 'SUPERVISOR', 'MEMBER')")
class PlanController {

  private final ImprovementPlans plans;
  private final StandardsPages pages;

  PlanController(ImprovementPlans plans, StandardsPages pages) {
    this.plans = plans;
    this.pages = pages;
  }

  @GetMapping
  String plan(@PathVariable UUID id, Model model) {
    return page(id, Map.of(), Map.of(), null, null, model);
  }

  @PostMapping("/actions")
  String add(
      @PathVariable UUID id,
      @RequestParam(required = false) String indicatorId,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String ownerUserId,
      @RequestParam(required = false) String ownerName,
      @RequestParam(required = false) String dueOn,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> form = fields("", indicatorId, description, ownerUserId, ownerName, dueOn);
    return act(
        id,
        null,
        form,
        "",
        "indicatorId",
        () -> plans.add(id, input(indicatorId, description, ownerUserId, ownerName, dueOn)),
        dueOn,
        "standards.plan.done.added",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/actions/{actionId}")
  String edit(
      @PathVariable UUID id,
      @PathVariable UUID actionId,
      @RequestParam(required = false) String indicatorId,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String ownerUserId,
      @RequestParam(required = false) String ownerName,
      @RequestParam(required = false) String dueOn,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String prefix = "e-" + actionId + "-";
    Map<String, String> form =
        fields(prefix, indicatorId, description, ownerUserId, ownerName, dueOn);
    return act(
        id,
        actionId,
        form,
        prefix,
        "description",
        () ->
            plans.edit(
                id,
                actionId,
                input(indicatorId, description, ownerUserId, ownerName, dueOn),
                version(version)),
        dueOn,
        "standards.plan.done.changed",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/actions/{actionId}/start")
  String start(
      @PathVariable UUID id,
      @PathVariable UUID actionId,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        actionId,
        new LinkedHashMap<>(),
        "s-" + actionId + "-",
        "action",
        () -> plans.start(id, actionId, version(version)),
        null,
        "standards.plan.done.started",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/actions/{actionId}/complete")
  String complete(
      @PathVariable UUID id,
      @PathVariable UUID actionId,
      @RequestParam(required = false) String completionEvidence,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String prefix = "c-" + actionId + "-";
    Map<String, String> form = new LinkedHashMap<>();
    form.put(prefix + "completionEvidence", FormValues.clean(completionEvidence));
    return act(
        id,
        actionId,
        form,
        prefix,
        "completionEvidence",
        () -> plans.complete(id, actionId, completionEvidence, version(version)),
        null,
        "standards.plan.done.completed",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/actions/{actionId}/reopen")
  String reopen(
      @PathVariable UUID id,
      @PathVariable UUID actionId,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        actionId,
        new LinkedHashMap<>(),
        "r-" + actionId + "-",
        "action",
        () -> plans.reopen(id, actionId, version(version)),
        null,
        "standards.plan.done.reopened",
        model,
        locale,
        response,
        redirect);
  }

  /**
   * Runs a change; on refusal shows the plan again with the form's input and messages.
   *
   * @param prefix the page's prefix of this form's field ids
   * @param first the form's first field (without prefix), where problems without a field go
   * @param dueOn the due date as typed, refused before the facade is called when not a date
   */
  private String act(
      UUID id,
      UUID actionId,
      Map<String, String> form,
      String prefix,
      String first,
      Supplier<ActionView> change,
      String dueOn,
      String doneKey,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> errors;
    try {
      if (!FormValues.clean(dueOn).isEmpty() && FormValues.date(dueOn) == null) {
        throw InvalidInput.of("dueOn", "standards.plan.error.due-date");
      }
      ActionView done = change.get();
      redirect.addFlashAttribute("done", doneKey);
      return "redirect:/app/standards/cycles/" + id + "/plan#action-" + done.id();
    } catch (InvalidInput invalid) {
      errors = pages.errors(invalid, field -> prefix + field, prefix + first, locale);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return page(id, Map.of(), form, actionId, stale.current(), model);
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(id, errors, form, actionId, null, model);
  }

  private String page(
      UUID id,
      Map<String, String> errors,
      Map<String, String> form,
      UUID openAction,
      Object conflict,
      Model model) {
    PlanView plan = plans.view(id);
    model.addAttribute("plan", plan);
    model.addAttribute("cycle", plan.cycle());
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
    model.addAttribute("openAction", openAction);
    model.addAttribute("conflict", conflict);
    model.addAttribute("submitted", conflict == null ? List.of() : submitted(form));
    model.addAttribute("zone", pages.zone());
    model.addAttribute("today", LocalDate.now(pages.zone()));
    return "standards/accreditation/plan";
  }

  /** A submitted value shown beside the saved action after a conflict. */
  record Shown(String label, String value) {}

  private static List<Shown> submitted(Map<String, String> form) {
    List<Shown> shown = new ArrayList<>();
    form.forEach(
        (field, value) -> {
          String name = field.substring(field.lastIndexOf('-') + 1);
          String label =
              switch (name) {
                case "description" -> "standards.plan.field.description";
                case "ownerName" -> "standards.plan.field.owner-name";
                case "dueOn" -> "standards.plan.field.due";
                case "completionEvidence" -> "standards.plan.field.evidence";
                default -> null;
              };
          if (label != null && !value.isEmpty()) {
            shown.add(new Shown(label, value));
          }
        });
    return shown;
  }

  private static Map<String, String> fields(
      String prefix,
      String indicatorId,
      String description,
      String ownerUserId,
      String ownerName,
      String dueOn) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put(prefix + "indicatorId", FormValues.clean(indicatorId));
    form.put(prefix + "description", FormValues.clean(description));
    form.put(prefix + "ownerUserId", FormValues.clean(ownerUserId));
    form.put(prefix + "ownerName", FormValues.clean(ownerName));
    form.put(prefix + "dueOn", FormValues.clean(dueOn));
    return form;
  }

  private static PlanAction input(
      String indicatorId, String description, String ownerUserId, String ownerName, String dueOn) {
    return new PlanAction(
        FormValues.id(indicatorId),
        description,
        FormValues.id(ownerUserId),
        ownerName,
        FormValues.date(dueOn));
  }

  /** The version a form was built from; a missing or garbled one can only be stale. */
  static long version(String value) {
    try {
      return Long.parseLong(FormValues.clean(value));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
