package eu.pharos.identity.web;

import eu.pharos.identity.Organisations;
import eu.pharos.identity.Users;
import eu.pharos.shared.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AccountController {

  private final Users users;
  private final Organisations organisations;

  AccountController(Users users, Organisations organisations) {
    this.users = users;
    this.organisations = organisations;
  }

  @GetMapping("/app/account")
  String account(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("user", users.find(me.userId()).orElseThrow());
    model.addAttribute("organisation", organisations.find(me.organisationId()).orElseThrow());
    return "identity/account";
  }
}
