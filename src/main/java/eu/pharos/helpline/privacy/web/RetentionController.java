package eu.pharos.helpline.privacy.web;

import eu.pharos.helpline.Retention;
import eu.pharos.helpline.RetentionPolicy;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation admin's retention page: the policy and what the latest runs did. */
@Controller
@RequestMapping("/app/helpline/retention")
@PreAuthorize("hasRole('ORG_ADMIN')")
class RetentionController {

  static final int RUNS_SHOWN = 10;

  private final Retention retention;

  RetentionController(Retention retention) {
    this.retention = retention;
  }

  @GetMapping
  String show(Model model) {
    RetentionPolicy policy = retention.policy();
    model.addAttribute("form", PolicyForm.of(policy));
    return page(policy, model);
  }

  @PostMapping
  String change(
      @ModelAttribute("form") PolicyForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Integer days = form.days();
    if (days == null) {
      errors.rejectValue(
          "closedCaseRetentionDays",
          form.getClosedCaseRetentionDays().isEmpty()
              ? "helpline.privacy.retention.days.required"
              : "helpline.privacy.retention.days.number");
    } else {
      try {
        retention.changePolicy(days, form.getVersion());
        redirect.addFlashAttribute("done", "helpline.privacy.retention.changed");
        return "redirect:/app/helpline/retention";
      } catch (InvalidInput invalid) {
        Problems.bind(invalid, errors);
      } catch (ConcurrentChange changed) {
        RetentionPolicy current = (RetentionPolicy) changed.current();
        model.addAttribute("conflict", current);
        model.addAttribute("submittedDays", days);
        // Submitting again keeps the admin's value over the colleague's.
        form.setVersion(current.version());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return page(current, model);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return page(retention.policy(), model);
  }

  private String page(RetentionPolicy policy, Model model) {
    model.addAttribute("policy", policy);
    model.addAttribute("runs", retention.recentRuns(RUNS_SHOWN));
    return "helpline/privacy/retention";
  }
}
