package eu.pharos.identity.web;

import eu.pharos.identity.LinkNotValid;
import eu.pharos.identity.PasswordRejected;
import eu.pharos.identity.PasswordResets;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** "Forgotten your password": asking for a link, and choosing a new password through it. */
@Controller
@RequestMapping("/password")
class PasswordController {

  private final PasswordResets resets;

  PasswordController(PasswordResets resets) {
    this.resets = resets;
  }

  @GetMapping("/forgot")
  String forgotForm(@ModelAttribute("form") ForgotPasswordForm form) {
    return "identity/password-forgot";
  }

  @PostMapping("/forgot")
  String requestLink(@ModelAttribute("form") ForgotPasswordForm form, BindingResult errors) {
    form.validate(errors);
    if (errors.hasErrors()) {
      return "identity/password-forgot";
    }
    resets.requestReset(form.getEmail());
    return "identity/password-forgot-sent";
  }

  @GetMapping("/reset/{token}")
  String resetForm(
      @PathVariable String token,
      @ModelAttribute("form") NewPasswordForm form,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("action", "/password/reset/" + token);
    try {
      resets.check(token);
      return "identity/password-reset";
    } catch (LinkNotValid notValid) {
      return IdentityErrors.linkExpired(notValid, response);
    }
  }

  @PostMapping("/reset/{token}")
  String reset(
      @PathVariable String token,
      @ModelAttribute("form") NewPasswordForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("action", "/password/reset/" + token);
    try {
      resets.check(token);
      form.validate(null, errors);
      if (!errors.hasErrors()) {
        try {
          resets.reset(token, form.getPassword());
          return "redirect:/login?reset";
        } catch (PasswordRejected rejected) {
          errors.rejectValue("password", rejected.messageKey());
        }
      }
      form.clear();
      return "identity/password-reset";
    } catch (LinkNotValid notValid) {
      return IdentityErrors.linkExpired(notValid, response);
    }
  }
}
