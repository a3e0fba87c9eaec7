package eu.pharos.identity.web;

import eu.pharos.identity.Users;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/app/admin/users")
@PreAuthorize("hasAnyRole('ORG_ADMIN', 'NETWORK_ADMIN')")
class UsersController {

  private final Users users;

  UsersController(Users users) {
    this.users = users;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("users", users.inMyOrganisation());
    return "identity/users";
  }
}
