package eu.pharos.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

  @GetMapping("/login")
  String login(Authentication authentication) {
    if (authentication != null
        && !(authentication instanceof AnonymousAuthenticationToken)
        && authentication.isAuthenticated()
        && authentication.getAuthorities().stream()
            .anyMatch(a -> "SIGNED_IN".equals(a.getAuthority()))) {
      return "redirect:/app";
    }
    return "identity/login";
  }
}
