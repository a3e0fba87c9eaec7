package eu.pharos.identity.web;

import eu.pharos.identity.InvitationView;
import eu.pharos.identity.Invitations;
import eu.pharos.identity.LinkNotValid;
import eu.pharos.identity.PasswordRejected;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The invited person's side: choose a password, then sign in. */
@Controller
class InvitationController {

  private final Invitations invitations;

  InvitationController(Invitations invitations) {
    this.invitations = invitations;
  }

  @GetMapping("/invitation/{token}")
  String form(
      @PathVariable String token,
      @ModelAttribute("form") NewPasswordForm form,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("action", "/invitation/" + token);
    try {
      model.addAttribute("invitation", invitations.find(token));
      return "identity/invitation";
    } catch (LinkNotValid notValid) {
      return IdentityErrors.linkExpired(notValid, response);
    }
  }

  @PostMapping("/invitation/{token}")
  String accept(
      @PathVariable String token,
      @ModelAttribute("form") NewPasswordForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("action", "/invitation/" + token);
    try {
      InvitationView invitation = invitations.find(token);
      form.validate(invitation.email(), errors);
      if (!errors.hasErrors()) {
        try {
          invitations.accept(token, form.getPassword());
          return "redirect:/login?welcome";
        } catch (PasswordRejected rejected) {
          errors.rejectValue("password", rejected.messageKey());
        }
      }
      form.clear();
      model.addAttribute("invitation", invitation);
      return "identity/invitation";
    } catch (LinkNotValid notValid) {
      return IdentityErrors.linkExpired(notValid, response);
    }
  }
}
