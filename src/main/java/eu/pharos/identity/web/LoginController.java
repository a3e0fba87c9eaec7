package eu.pharos.identity.web;

import eu.pharos.identity.internal.ExternalLoginRefusal;
import eu.pharos.identity.internal.ExternalProviders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

  private final ObjectProvider<ExternalProviders> externalProviders;

  LoginController(ObjectProvider<ExternalProviders> externalProviders) {
    this.externalProviders = externalProviders;
  }

  @GetMapping("/login")
  String login(
      Authentication authentication,
      @RequestParam(name = "external", required = false) String external,
      Model model) {
    if (authentication != null
        && !(authentication instanceof AnonymousAuthenticationToken)
        && authentication.isAuthenticated()
        && authentication.getAuthorities().stream()
            .anyMatch(a -> "SIGNED_IN".equals(a.getAuthority()))) {
      return "redirect:/app";
    }
    model.addAttribute(
        "externalProviders", externalProviders.getIfAvailable(ExternalProviders::none).all());
    if (external != null) {
      model.addAttribute("externalRefusal", ExternalLoginRefusal.fromCode(external).messageKey());
    }
    return "identity/login";
  }
}
