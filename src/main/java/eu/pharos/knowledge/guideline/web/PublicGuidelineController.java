package eu.pharos.knowledge.guideline.web;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.guideline.GuidelineNotFound;
import eu.pharos.knowledge.guideline.GuidelineStatus;
import eu.pharos.knowledge.guideline.GuidelineView;
import eu.pharos.knowledge.guideline.Guidelines;
import eu.pharos.knowledge.web.KnowledgePages;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A published public guideline, for anyone, signed in or not. */
@Controller
class PublicGuidelineController {

  private final Guidelines guidelines;
  private final KnowledgePages pages;

  PublicGuidelineController(Guidelines guidelines, KnowledgePages pages) {
    this.guidelines = guidelines;
    this.pages = pages;
  }

  @GetMapping("/centres/{slug}/guidelines/{id}")
  String guideline(@PathVariable String slug, @PathVariable UUID id, Model model) {
    GuidelineView view = guidelines.find(slug, id);
    if (view.guideline().status() != GuidelineStatus.PUBLISHED
        || view.guideline().readers() != Visibility.PUBLIC) {
      throw new GuidelineNotFound(id);
    }
    model.addAttribute("centre", guidelines.centre(slug));
    model.addAttribute("view", view);
    model.addAttribute("zone", pages.zone());
    return "knowledge/guidelines/public";
  }
}
