package eu.pharos.identity.internal;

import eu.pharos.identity.internal.SecondFactorService.CodeCheck;
import eu.pharos.identity.internal.SecondFactorService.EnrolmentResult;
import eu.pharos.shared.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The signed-in user's own second factor: set it up (voluntarily, for roles that need none), reset
 * it, or get new recovery codes. Changing it needs a current code, so that an unlocked screen left
 * alone is not enough.
 */
@Controller
@RequestMapping("/app/account/second-factor")
class SecondFactorAccountController {

  private static final String PAGE = "identity/second-factor-settings";

  private final SecondFactorService secondFactor;

  SecondFactorAccountController(SecondFactorService secondFactor) {
    this.secondFactor = secondFactor;
  }

  @GetMapping
  String settings(
      @AuthenticationPrincipal StaffUser me, @ModelAttribute("form") CodeForm form, Model model) {
    return settingsPage(me, model);
  }

  @GetMapping("/enrol")
  String enrolPage(
      @AuthenticationPrincipal StaffUser me, @ModelAttribute("form") CodeForm form, Model model) {
    if (secondFactor.isEnrolled(me.userId())) {
      return "redirect:/app/account/second-factor";
    }
    return enrolView(secondFactor.startEnrolment(me.userId()), form, model);
  }

  @PostMapping("/enrol")
  String enrol(
      @AuthenticationPrincipal StaffUser me,
      @ModelAttribute("form") CodeForm form,
      BindingResult errors,
      Model model) {
    if (secondFactor.isEnrolled(me.userId())) {
      return "redirect:/app/account/second-factor";
    }
    EnrolmentResult result =
        form.getCode().isBlank()
            ? null
            : secondFactor.confirmEnrolment(me.userId(), form.getSealedSecret(), form.getCode());
    if (result != null && result.check() == CodeCheck.ACCEPTED) {
      return codesPage(result, model);
    }
    errors.rejectValue("code", errorKey(result == null ? null : result.check()));
    form.setCode("");
    return enrolView(
        secondFactor.resumeEnrolment(me.userId(), form.getSealedSecret()), form, model);
  }

  @PostMapping("/reset")
  String reset(
      @AuthenticationPrincipal StaffUser me,
      @ModelAttribute("form") CodeForm form,
      BindingResult errors,
      Model model) {
    CodeCheck check =
        form.getCode().isBlank() ? null : secondFactor.resetOwn(me.userId(), form.getCode());
    if (check == CodeCheck.ACCEPTED) {
      return secondFactor.isRequired(me.userId())
          ? "redirect:/app/account/second-factor/enrol"
          : "redirect:/app/account/second-factor?removed";
    }
    errors.rejectValue("code", errorKey(check));
    form.setCode("");
    return settingsPage(me, model);
  }

  @PostMapping("/recovery-codes")
  String newRecoveryCodes(
      @AuthenticationPrincipal StaffUser me,
      @ModelAttribute("form") CodeForm form,
      BindingResult errors,
      Model model) {
    EnrolmentResult result =
        form.getCode().isBlank()
            ? null
            : secondFactor.regenerateRecoveryCodes(me.userId(), form.getCode());
    if (result != null && result.check() == CodeCheck.ACCEPTED) {
      return codesPage(result, model);
    }
    errors.rejectValue("code", errorKey(result == null ? null : result.check()));
    form.setCode("");
    return settingsPage(me, model);
  }

  private String settingsPage(StaffUser me, Model model) {
    model.addAttribute("enrolled", secondFactor.isEnrolled(me.userId()));
    model.addAttribute("recoveryCodesLeft", secondFactor.recoveryCodesLeft(me.userId()));
    model.addAttribute("required", secondFactor.isRequired(me.userId()));
    return PAGE;
  }

  private String enrolView(SecondFactorService.Enrolment enrolment, CodeForm form, Model model) {
    form.setSealedSecret(enrolment.sealedSecret());
    model.addAttribute("enrolment", enrolment);
    model.addAttribute("action", "/app/account/second-factor/enrol");
    model.addAttribute("signingIn", false);
    return "identity/second-factor-enrol";
  }

  private static String codesPage(EnrolmentResult result, Model model) {
    model.addAttribute("recoveryCodes", result.recoveryCodes());
    model.addAttribute("continueUrl", "/app/account/second-factor");
    return "identity/recovery-codes";
  }

  private static String errorKey(CodeCheck check) {
    if (check == null) {
      return "secondFactor.error.required";
    }
    return check == CodeCheck.LOCKED ? "secondFactor.error.locked" : "secondFactor.error.wrong";
  }
}
