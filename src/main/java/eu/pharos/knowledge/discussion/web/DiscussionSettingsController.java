package eu.pharos.knowledge.discussion.web;

import eu.pharos.knowledge.discussion.DigestFrequency;
import eu.pharos.knowledge.discussion.DiscussionFollows;
import eu.pharos.knowledge.web.KnowledgePages;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How often the signed-in user receives the e-mail digest of the discussions they follow. */
@Controller("knowledgeDiscussionSettingsController")
@RequestMapping("/app/centres/discussions/settings")
class DiscussionSettingsController {

  private final DiscussionFollows follows;
  private final KnowledgePages pages;

  DiscussionSettingsController(DiscussionFollows follows, KnowledgePages pages) {
    this.follows = follows;
    this.pages = pages;
  }

  @GetMapping
  String settings(Model model) {
    return page(Map.of(), model);
  }

  @PostMapping
  String save(
      @RequestParam(required = false) String frequency,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      follows.setDigest(FormValues.choice(DigestFrequency.class, frequency));
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(pages.errors(invalid, "frequency", locale), model);
    }
    redirect.addFlashAttribute("done", "knowledge.discussions.done.digest");
    return "redirect:/app/centres/discussions/settings";
  }

  private String page(Map<String, String> errors, Model model) {
    model.addAttribute("settings", follows.digestSettings());
    model.addAttribute("frequencies", DigestFrequency.values());
    model.addAttribute("errors", errors);
    return "knowledge/discussions/settings";
  }
}
