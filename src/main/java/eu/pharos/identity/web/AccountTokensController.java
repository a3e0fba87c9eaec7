package eu.pharos.identity.web;

import eu.pharos.identity.ApiTokens;
import eu.pharos.identity.CreatedApiToken;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's personal API tokens: list, create (shown once), revoke. */
@Controller
@RequestMapping("/app/account/tokens")
class AccountTokensController {

  private final ApiTokens tokens;

  AccountTokensController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @ModelAttribute("validityChoices")
  Iterable<Integer> validityChoices() {
    return ApiTokenForm.VALIDITY_CHOICES;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("tokenForm", new ApiTokenForm());
    return page(model);
  }

  /**
   * Shows the new token on the response to the form, not after a redirect, so that it never passes
   * through the session; the response is not cached.
   */
  @PostMapping
  String create(
      @Valid @ModelAttribute("tokenForm") ApiTokenForm form, BindingResult errors, Model model) {
    if (errors.hasErrors()) {
      return page(model);
    }
    CreatedApiToken created = tokens.create(form.toCommand());
    model.addAttribute("created", created);
    return "identity/token-created";
  }

  @PostMapping("/{id}/revoke")
  String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
    redirect.addFlashAttribute("revokedName", tokens.revoke(id).name());
    return "redirect:/app/account/tokens";
  }

  private String page(Model model) {
    model.addAttribute("tokens", tokens.mine());
    return "identity/tokens";
  }
}
