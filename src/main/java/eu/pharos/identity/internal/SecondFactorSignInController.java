package eu.pharos.identity.internal;

import eu.pharos.identity.internal.SecondFactorService.CodeCheck;
import eu.pharos.identity.internal.SecondFactorService.EnrolmentResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second step of signing in: the code, or setting up the authenticator the first time. Only a
 * {@link SecondFactorPending} sign-in gets here; anyone else is sent to the sign-in page.
 */
@Controller
class SecondFactorSignInController {

  private final SignInHandlers signIn;
  private final SecondFactorService secondFactor;

  SecondFactorSignInController(SignInHandlers signIn, SecondFactorService secondFactor) {
    this.signIn = signIn;
    this.secondFactor = secondFactor;
  }

  @GetMapping(SignInHandlers.SECOND_FACTOR_URL)
  String codePage(
      @ModelAttribute("form") CodeForm form,
      HttpServletRequest request,
      HttpServletResponse response) {
    SecondFactorPending pending = signIn.pending();
    String away = redirectIfNotPending(pending, request, response);
    if (away != null) {
      return away;
    }
    if (!secondFactor.isEnrolled(pending.userId())) {
      return "redirect:" + SignInHandlers.ENROL_URL;
    }
    return "identity/second-factor";
  }

  @PostMapping(SignInHandlers.SECOND_FACTOR_URL)
  String checkCode(
      @ModelAttribute("form") CodeForm form,
      BindingResult errors,
      HttpServletRequest request,
      HttpServletResponse response) {
    SecondFactorPending pending = signIn.pending();
    String away = redirectIfNotPending(pending, request, response);
    if (away != null) {
      return away;
    }
    if (form.getCode().isBlank()) {
      errors.rejectValue("code", "secondFactor.error.required");
      return "identity/second-factor";
    }
    CodeCheck check = secondFactor.verifySignIn(pending.userId(), form.getCode());
    switch (check) {
      case ACCEPTED, RECOVERY_CODE_USED -> {
        signIn.completeSecondFactor(pending, request, response);
        return "redirect:" + signIn.targetUrl(request, response);
      }
      case WRONG -> {
        errors.rejectValue("code", "secondFactor.error.wrong");
        form.setCode("");
        return "identity/second-factor";
      }
      default -> {
        signIn.abandon(request, response);
        return "redirect:/login?error";
      }
    }
  }

  @GetMapping(SignInHandlers.ENROL_URL)
  String enrolPage(
      @ModelAttribute("form") CodeForm form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    SecondFactorPending pending = signIn.pending();
    String away = redirectIfNotPending(pending, request, response);
    if (away != null) {
      return away;
    }
    if (secondFactor.isEnrolled(pending.userId())) {
      return "redirect:" + SignInHandlers.SECOND_FACTOR_URL;
    }
    return enrolView(secondFactor.startEnrolment(pending.userId()), form, model);
  }

  @PostMapping(SignInHandlers.ENROL_URL)
  String confirmEnrolment(
      @ModelAttribute("form") CodeForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    SecondFactorPending pending = signIn.pending();
    String away = redirectIfNotPending(pending, request, response);
    if (away != null) {
      return away;
    }
    if (secondFactor.isEnrolled(pending.userId())) {
      return "redirect:" + SignInHandlers.SECOND_FACTOR_URL;
    }
    EnrolmentResult result =
        form.getCode().isBlank()
            ? null
            : secondFactor.confirmEnrolment(
                pending.userId(), form.getSealedSecret(), form.getCode());
    if (result == null || result.check() == CodeCheck.WRONG) {
      errors.rejectValue(
          "code", result == null ? "secondFactor.error.required" : "secondFactor.error.wrong");
      form.setCode("");
      return enrolView(
          secondFactor.resumeEnrolment(pending.userId(), form.getSealedSecret()), form, model);
    }
    if (result.check() != CodeCheck.ACCEPTED) {
      signIn.abandon(request, response);
      return "redirect:/login?error";
    }
    signIn.completeSecondFactor(pending, request, response);
    model.addAttribute("recoveryCodes", result.recoveryCodes());
    model.addAttribute("continueUrl", signIn.targetUrl(request, response));
    return "identity/recovery-codes";
  }

  private String enrolView(SecondFactorService.Enrolment enrolment, CodeForm form, Model model) {
    form.setSealedSecret(enrolment.sealedSecret());
    model.addAttribute("enrolment", enrolment);
    model.addAttribute("action", SignInHandlers.ENROL_URL);
    model.addAttribute("signingIn", true);
    return "identity/second-factor-enrol";
  }

  private String redirectIfNotPending(
      SecondFactorPending pending, HttpServletRequest request, HttpServletResponse response) {
    if (pending == null) {
      return "redirect:/login";
    }
    if (signIn.isExpired(pending)) {
      signIn.abandon(request, response);
      return "redirect:/login?timeout";
    }
    return null;
  }
}
