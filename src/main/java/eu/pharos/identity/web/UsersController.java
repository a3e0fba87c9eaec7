package eu.pharos.identity.web;

import eu.pharos.identity.EmailAlreadyInUse;
import eu.pharos.identity.UserAdministration;
import eu.pharos.identity.UserChangeRefused;
import eu.pharos.identity.UserNotFound;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The users of the administrator's organisation: invite, change roles, disable, reset. */
@Controller
@RequestMapping("/app/admin/users")
@PreAuthorize("hasAnyRole('ORG_ADMIN', 'NETWORK_ADMIN')")
class UsersController {

  private final Users users;
  private final UserAdministration administration;

  UsersController(Users users, UserAdministration administration) {
    this.users = users;
    this.administration = administration;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("users", users.inMyOrganisation());
    return "identity/users";
  }

  @GetMapping("/invite")
  String inviteForm(@ModelAttribute("form") InviteForm form, Model model) {
    model.addAttribute("grantableRoles", administration.grantableRoles());
    return "identity/invite";
  }

  @PostMapping("/invite")
  String invite(
      @ModelAttribute("form") InviteForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    form.validate(administration.grantableRoles(), errors);
    if (!errors.hasErrors()) {
      try {
        UserView invited = administration.invite(form.toCommand());
        redirect.addFlashAttribute("done", "users.invite.sent");
        redirect.addFlashAttribute("doneArgument", invited.email());
        return "redirect:/app/admin/users";
      } catch (EmailAlreadyInUse taken) {
        errors.rejectValue("email", "users.invite.error.emailTaken");
      } catch (UserChangeRefused refused) {
        errors.reject(refused.messageKey());
      }
    }
    model.addAttribute("grantableRoles", administration.grantableRoles());
    return "identity/invite";
  }

  @GetMapping("/{id}")
  String user(@PathVariable UUID id, Model model) {
    UserView user = users.find(id).orElseThrow(() -> UserNotFound.forId(id));
    RolesForm form = new RolesForm();
    form.setRoles(user.roles());
    return userPage(user, form, model);
  }

  @PostMapping("/{id}/roles")
  String changeRoles(
      @PathVariable UUID id,
      @ModelAttribute("form") RolesForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UserView user = users.find(id).orElseThrow(() -> UserNotFound.forId(id));
    form.validate(administration.grantableRoles(), errors);
    if (!errors.hasErrors()) {
      try {
        administration.changeRoles(id, form.getRoles());
        redirect.addFlashAttribute("done", "users.roles.changed");
        return "redirect:/app/admin/users/" + id;
      } catch (UserChangeRefused refused) {
        errors.reject(refused.messageKey());
      }
    }
    return userPage(user, form, model);
  }

  @PostMapping("/{id}/disable")
  String disable(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    return act(id, () -> administration.disable(id), "users.disabled", model, redirect);
  }

  @PostMapping("/{id}/enable")
  String enable(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    return act(id, () -> administration.enable(id), "users.enabled", model, redirect);
  }

  @PostMapping("/{id}/resend-invitation")
  String resendInvitation(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    return act(
        id, () -> administration.resendInvitation(id), "users.invitationResent", model, redirect);
  }

  @PostMapping("/{id}/reset-second-factor")
  String resetSecondFactor(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    return act(
        id, () -> administration.resetSecondFactor(id), "users.secondFactorReset", model, redirect);
  }

  private String act(
      UUID id, Runnable action, String doneKey, Model model, RedirectAttributes redirect) {
    UserView user = users.find(id).orElseThrow(() -> UserNotFound.forId(id));
    try {
      action.run();
      redirect.addFlashAttribute("done", doneKey);
      return "redirect:/app/admin/users/" + id;
    } catch (UserChangeRefused refused) {
      model.addAttribute("refused", refused.messageKey());
      RolesForm form = new RolesForm();
      form.setRoles(user.roles());
      return userPage(user, form, model);
    }
  }

  private String userPage(UserView user, RolesForm form, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("form", form);
    model.addAttribute("grantableRoles", administration.grantableRoles());
    return "identity/user";
  }
}
