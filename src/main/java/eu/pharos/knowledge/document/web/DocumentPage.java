package eu.pharos.knowledge.document.web;

import eu.pharos.knowledge.document.DocumentView;
import eu.pharos.knowledge.document.Documents;
import eu.pharos.knowledge.document.LanguageView;
import eu.pharos.knowledge.web.KnowledgePages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;

/** The model of a document's page, for staff and, without its forms, for visitors. */
final class DocumentPage {

  private DocumentPage() {}

  static String render(
      DocumentView document,
      Map<String, String> errors,
      Map<String, String> typed,
      boolean visitor,
      Model model,
      Locale locale,
      KnowledgePages pages) {
    List<String> codes = document.languages().stream().map(LanguageView::language).toList();
    String base =
        (visitor ? "/centres/" : "/app/centres/")
            + document.centre().slug()
            + "/documents/"
            + document.id();
    model.addAttribute("centre", document.centre());
    model.addAttribute("document", document);
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("visitor", visitor);
    model.addAttribute("base", base);
    model.addAttribute("languageNames", DocumentPagesController.languageNames(codes, locale));
    model.addAttribute(
        "otherLanguages",
        DocumentPagesController.languageNames(
            document.centre().languages().stream().filter(c -> !codes.contains(c)).toList(),
            locale));
    model.addAttribute("noteMax", Documents.NOTE_MAX);
    model.addAttribute(
        "openForm",
        errors.keySet().stream()
            .filter(key -> key.startsWith("v-") && key.length() > 5)
            .map(key -> key.substring(0, 5))
            .findFirst()
            .orElse(""));
    model.addAttribute("zone", pages.zone());
    return "knowledge/documents/document";
  }
}
