package eu.pharos.knowledge.practice.web;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.practice.PracticeView;
import eu.pharos.knowledge.practice.Practices;
import eu.pharos.knowledge.web.KnowledgePages;
import eu.pharos.platform.Languages;
import java.util.Locale;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A public practice for anyone, signed in or not, at its public address: its text, contact and
 * files. Practices for the network or a centre's members are "not found" here, whoever asks.
 */
@Controller("knowledgePublicPracticeController")
@RequestMapping("/centres/{slug}/practices/{id}")
class PublicPracticeController {

  private final Practices practices;
  private final CentreAccess access;
  private final KnowledgePages pages;

  PublicPracticeController(Practices practices, CentreAccess access, KnowledgePages pages) {
    this.practices = practices;
    this.access = access;
    this.pages = pages;
  }

  @GetMapping
  String show(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(name = "lang", required = false) String lang,
      Model model,
      Locale locale) {
    PracticeView view = practices.getPublic(slug, id, PracticePagesController.wanted(lang, locale));
    model.addAttribute("centre", access.read(slug));
    model.addAttribute("practice", view);
    model.addAttribute(
        "languageNames", PracticePagesController.languageNames(view.languages(), locale));
    model.addAttribute("countryName", Languages.countryName(view.country(), locale));
    model.addAttribute("zone", pages.zone());
    return "knowledge/practices/public";
  }

  @GetMapping("/attachments/{attachmentId}")
  ResponseEntity<InputStreamResource> download(
      @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID attachmentId) {
    return PracticeDownloads.of(practices.openPublic(slug, id, attachmentId));
  }
}
