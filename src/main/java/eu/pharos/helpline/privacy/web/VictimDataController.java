package eu.pharos.helpline.privacy.web;

import eu.pharos.helpline.VictimDataRights;
import eu.pharos.helpline.privacy.DataRightsOverview;
import eu.pharos.helpline.privacy.DataRightsView;
import eu.pharos.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A victim's data page: the export as JSON or PDF (advisors and supervisors), the legal hold and
 * the erasure (supervisors and organisation admins). Downloads are answered to a POST, so that they
 * stay out of browser history and are never prefetched.
 */
@Controller
@RequestMapping("/app/helpline/victims/{id}/data")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR', 'ORG_ADMIN')")
class VictimDataController {

  private final VictimDataRights rights;
  private final DataRightsOverview overview;

  VictimDataController(VictimDataRights rights, DataRightsOverview overview) {
    this.rights = rights;
    this.overview = overview;
  }

  @GetMapping
  String show(@PathVariable UUID id, Model model, Authentication auth) {
    return page(overview.of(id), new ReasonForm(), null, new ReasonForm(), null, model, auth);
  }

  @PostMapping("/export.json")
  ResponseEntity<byte[]> exportJson(@PathVariable UUID id) {
    DataRightsView data = overview.of(id);
    return Downloads.of(rights.exportJson(id), Downloads.JSON, data.victim().reference(), "json");
  }

  @PostMapping("/export.pdf")
  ResponseEntity<byte[]> exportPdf(@PathVariable UUID id, Locale locale) {
    DataRightsView data = overview.of(id);
    return Downloads.of(
        rights.exportPdf(id, locale), Downloads.PDF, data.victim().reference(), "pdf");
  }

  @PostMapping("/legal-hold")
  String setHold(
      @PathVariable UUID id,
      @ModelAttribute("holdForm") ReasonForm form,
      BindingResult errors,
      Model model,
      Authentication auth,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      rights.setLegalHold(id, form.getReason());
      redirect.addFlashAttribute("done", "helpline.privacy.hold.set");
      return "redirect:/app/helpline/victims/" + id + "/data";
    } catch (InvalidInput invalid) {
      Problems.bind(invalid, errors);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(overview.of(id), form, errors, new ReasonForm(), null, model, auth);
    }
  }

  @PostMapping("/legal-hold/clear")
  String clearHold(@PathVariable UUID id, RedirectAttributes redirect) {
    rights.clearLegalHold(id);
    redirect.addFlashAttribute("done", "helpline.privacy.hold.cleared");
    return "redirect:/app/helpline/victims/" + id + "/data";
  }

  @PostMapping("/erasure")
  String erase(
      @PathVariable UUID id,
      @ModelAttribute("erasureForm") ReasonForm form,
      BindingResult errors,
      Model model,
      Authentication auth,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (!form.isConfirm()) {
      errors.rejectValue("confirm", "helpline.privacy.erasure.confirm.required");
    }
    if (!errors.hasErrors()) {
      try {
        rights.erase(id, form.getReason());
        redirect.addFlashAttribute("done", "helpline.privacy.erasure.done");
        return "redirect:/app/helpline/victims/" + id + "/data";
      } catch (InvalidInput invalid) {
        Problems.bind(invalid, errors);
      }
    } else if (form.getReason().isEmpty()) {
      errors.rejectValue("reason", "helpline.privacy.reason.required");
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return page(overview.of(id), new ReasonForm(), null, form, errors, model, auth);
  }

  private String page(
      DataRightsView data,
      ReasonForm holdForm,
      BindingResult holdErrors,
      ReasonForm erasureForm,
      BindingResult erasureErrors,
      Model model,
      Authentication auth) {
    Set<String> roles =
        auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
    model.addAttribute("data", data);
    model.addAttribute("victim", data.victim());
    model.addAttribute(
        "canExport", roles.contains("ROLE_ADVISOR") || roles.contains("ROLE_SUPERVISOR"));
    model.addAttribute(
        "canGuard", roles.contains("ROLE_SUPERVISOR") || roles.contains("ROLE_ORG_ADMIN"));
    model.addAttribute("holdForm", holdForm);
    model.addAttribute(
        BindingResult.MODEL_KEY_PREFIX + "holdForm",
        holdErrors != null ? holdErrors : new BeanPropertyBindingResult(holdForm, "holdForm"));
    model.addAttribute("erasureForm", erasureForm);
    model.addAttribute(
        BindingResult.MODEL_KEY_PREFIX + "erasureForm",
        erasureErrors != null
            ? erasureErrors
            : new BeanPropertyBindingResult(erasureForm, "erasureForm"));
    return "helpline/privacy/data";
  }
}
