package eu.pharos.standards.framework.web;

import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import eu.pharos.standards.framework.FrameworkAdministration;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkSummary;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.web.StandardsPages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mapping of a framework's indicators to their successors in a newer version of the same
 * framework: one select per indicator. A new version maps indicators of the same code by itself;
 * here the secretariat corrects the mapping where indicators were renumbered, merged or split.
 */
@Controller
@RequestMapping("/app/standards/frameworks/{id}/successors")
@PreAuthorize(FrameworkPagesController.SECRETARIAT)
class FrameworkSuccessorsController {

  private final FrameworkCatalogue catalogue;
  private final FrameworkAdministration administration;
  private final StandardsPages pages;

  FrameworkSuccessorsController(
      FrameworkCatalogue catalogue, FrameworkAdministration administration, StandardsPages pages) {
    this.catalogue = catalogue;
    this.administration = administration;
    this.pages = pages;
  }

  @GetMapping
  String page(
      @PathVariable UUID id,
      @RequestParam(name = "to", required = false) String to,
      Model model,
      Locale locale) {
    FrameworkTree older = catalogue.tree(id);
    Map<String, String> chosen = new HashMap<>();
    administration.successors(id).forEach((k, v) -> chosen.put(k.toString(), v.toString()));
    return page(older, FormValues.id(to), chosen, Map.of(), model, locale);
  }

  @PostMapping
  String save(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    FrameworkTree older = catalogue.tree(id);
    UUID newer = FormValues.id(form.get("to"));
    Map<UUID, UUID> mapping = new LinkedHashMap<>();
    Map<String, String> chosen = new HashMap<>();
    for (FrameworkTree.IndicatorNode indicator : older.indicators()) {
      String value = FormValues.clean(form.get("successor-" + indicator.id()));
      chosen.put(indicator.id().toString(), value);
      mapping.put(indicator.id(), value.isEmpty() ? null : FormValues.id(value));
    }
    try {
      administration.mapSuccessors(id, newer, mapping);
      redirect.addFlashAttribute("done", "standards.framework.web.done.successors");
      return "redirect:/app/standards/frameworks/" + id + "/successors?to=" + newer;
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(older, newer, chosen, pages.errors(invalid, f -> f, "to", locale), model, locale);
    }
  }

  private String page(
      FrameworkTree older,
      UUID to,
      Map<String, String> chosen,
      Map<String, String> errors,
      Model model,
      Locale locale) {
    List<FrameworkSummary> versions = catalogue.all();
    int position = -1;
    for (int i = 0; i < versions.size(); i++) {
      if (versions.get(i).id().equals(older.id())) {
        position = i;
      }
    }
    // newest first within a code, so the newer versions come before this one
    List<FrameworkSummary> newer = new ArrayList<>();
    for (int i = 0; i < position; i++) {
      if (versions.get(i).code().equals(older.code())) {
        newer.add(versions.get(i));
      }
    }
    FrameworkSummary target =
        newer.stream()
            .filter(f -> f.id().equals(to))
            .findFirst()
            .orElse(newer.isEmpty() ? null : newer.get(newer.size() - 1));
    String language = older.languageFor(locale.getLanguage());
    model.addAttribute("framework", older);
    model.addAttribute("newer", newer);
    model.addAttribute("target", target);
    model.addAttribute("targetTree", target == null ? null : catalogue.tree(target.id()));
    model.addAttribute("chosen", chosen);
    model.addAttribute("errors", errors);
    model.addAttribute("language", language);
    model.addAttribute(
        "languageNames", FrameworkPagesController.languageNames(older.languages(), locale));
    return "standards/frameworks/successors";
  }
}
