package eu.pharos.standards.framework.web;

import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.framework.FrameworkAdministration;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkNotFound;
import eu.pharos.standards.framework.FrameworkStatus;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.framework.FrameworkTree.CriterionNode;
import eu.pharos.standards.framework.FrameworkTree.IndicatorNode;
import eu.pharos.standards.framework.FrameworkTree.StandardNode;
import eu.pharos.standards.web.StandardsPages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's forms for a draft framework: its name, and adding, editing and removing
 * standards, criteria and indicators, each in one of the framework's languages at a time. A form
 * sent from a version someone has changed since shows the saved texts beside the ones typed.
 */
@Controller
@RequestMapping("/app/standards/frameworks/{id}")
@PreAuthorize(FrameworkPagesController.SECRETARIAT)
class FrameworkEditController {

  enum Kind {
    FRAMEWORK,
    STANDARD,
    CRITERION,
    INDICATOR
  }

  private final FrameworkCatalogue catalogue;
  private final FrameworkAdministration administration;
  private final StandardsPages pages;

  FrameworkEditController(
      FrameworkCatalogue catalogue, FrameworkAdministration administration, StandardsPages pages) {
    this.catalogue = catalogue;
    this.administration = administration;
    this.pages = pages;
  }

  // --- the framework's name and description

  @GetMapping("/edit")
  String editFramework(
      @PathVariable UUID id,
      @RequestParam(required = false) String lang,
      Model model,
      Locale locale) {
    FrameworkTree tree = catalogue.tree(id);
    String language = tree.languageFor(lang);
    return form(tree, Kind.FRAMEWORK, null, false, ElementForm.of(tree, language), model, locale);
  }

  @PostMapping("/edit")
  String saveFramework(
      @PathVariable UUID id,
      @ModelAttribute ElementForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return save(
        id,
        Kind.FRAMEWORK,
        null,
        false,
        form,
        () -> administration.editTexts(id, form.versionOrStale(), form.toTexts()),
        model,
        locale,
        response,
        redirect);
  }

  // --- standards

  @GetMapping("/standards/new")
  String newStandard(@PathVariable UUID id, Model model, Locale locale) {
    FrameworkTree tree = catalogue.tree(id);
    return form(
        tree,
        Kind.STANDARD,
        null,
        true,
        ElementForm.blank(tree, tree.languages().get(0)),
        model,
        locale);
  }

  @PostMapping("/standards")
  String addStandard(
      @PathVariable UUID id,
      @ModelAttribute ElementForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return save(
        id,
        Kind.STANDARD,
        null,
        true,
        form,
        () -> administration.addStandard(id, form.versionOrStale(), form.toStandard()),
        model,
        locale,
        response,
        redirect);
  }

  @GetMapping("/standards/{standardId}/edit")
  String editStandard(
      @PathVariable UUID id,
      @PathVariable UUID standardId,
      @RequestParam(required = false) String lang,
      Model model,
      Locale locale) {
    FrameworkTree tree = catalogue.tree(id);
    StandardNode standard = standard(tree, standardId);
    return form(
        tree,
        Kind.STANDARD,
        standardId,
        false,
        ElementForm.of(tree, standard, tree.languageFor(lang)),
        model,
        locale);
  }

  @PostMapping("/standards/{standardId}")
  String saveStandard(
      @PathVariable UUID id,
      @PathVariable UUID standardId,
      @ModelAttribute ElementForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return save(
        id,
        Kind.STANDARD,
        standardId,
        false,
        form,
        () -> administration.editStandard(id, form.versionOrStale(), standardId, form.toStandard()),
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/standards/{standardId}/remove")
  String removeStandard(
      @PathVariable UUID id,
      @PathVariable UUID standardId,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    return remove(
        id,
        () -> administration.removeStandard(id, version == null ? -1 : version, standardId),
        redirect);
  }

  // --- criteria

  @GetMapping("/standards/{standardId}/criteria/new")
  String newCriterion(
      @PathVariable UUID id, @PathVariable UUID standardId, Model model, Locale locale) {
    FrameworkTree tree = catalogue.tree(id);
    standard(tree, standardId);
    return form(
        tree,
        Kind.CRITERION,
        standardId,
        true,
        ElementForm.blank(tree, tree.languages().get(0)),
        model,
        locale);
  }

  @PostMapping("/standards/{standardId}/criteria")
  String addCriterion(
      @PathVariable UUID id,
      @PathVariable UUID standardId,
      @ModelAttribute ElementForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return save(
        id,
        Kind.CRITERION,
        standardId,
        true,
        form,
        () ->
            administration.addCriterion(id, form.versionOrStale(), standardId, form.toCriterion()),
        model,
        locale,
        response,
        redirect);
  }

  @GetMapping("/criteria/{criterionId}/edit")
  String editCriterion(
      @PathVariable UUID id,
      @PathVariable UUID criterionId,
      @RequestParam(required = false) String lang,
      Model model,
      Locale locale) {
    FrameworkTree tree = catalogue.tree(id);
    CriterionNode criterion = criterion(tree, criterionId);
    return form(
        tree,
        Kind.CRITERION,
        criterionId,
        false,
        ElementForm.of(tree, criterion, tree.languageFor(lang)),
        model,
        locale);
  }

  @PostMapping("/criteria/{criterionId}")
  String saveCriterion(
      @PathVariable UUID id,
      @PathVariable UUID criterionId,
      @ModelAttribute ElementForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return save(
        id,
        Kind.CRITERION,
        criterionId,
        false,
        form,
        () ->
            administration.editCriterion(
                id, form.versionOrStale(), criterionId, form.toCriterion()),
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/criteria/{criterionId}/remove")
  String removeCriterion(
      @PathVariable UUID id,
      @PathVariable UUID criterionId,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    return remove(
        id,
        () -> administration.removeCriterion(id, version == null ? -1 : version, criterionId),
        redirect);
  }

  // --- indicators

  @GetMapping("/criteria/{criterionId}/indicators/new")
  String newIndicator(
      @PathVariable UUID id, @PathVariable UUID criterionId, Model model, Locale locale) {
    FrameworkTree tree = catalogue.tree(id);
    criterion(tree, criterionId);
    return form(
        tree,
        Kind.INDICATOR,
        criterionId,
        true,
        ElementForm.blank(tree, tree.languages().get(0)),
        model,
        locale);
  }

  @PostMapping("/criteria/{criterionId}/indicators")
  String addIndicator(
      @PathVariable UUID id,
      @PathVariable UUID criterionId,
      @ModelAttribute ElementForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return save(
        id,
        Kind.INDICATOR,
        criterionId,
        true,
        form,
        () ->
            administration.addIndicator(id, form.versionOrStale(), criterionId, form.toIndicator()),
        model,
        locale,
        response,
        redirect);
  }

  @GetMapping("/indicators/{indicatorId}/edit")
  String editIndicator(
      @PathVariable UUID id,
      @PathVariable UUID indicatorId,
      @RequestParam(required = false) String lang,
      Model model,
      Locale locale) {
    FrameworkTree tree = catalogue.tree(id);
    IndicatorNode indicator =
        tree.indicator(indicatorId).orElseThrow(() -> FrameworkNotFound.forId(indicatorId));
    return form(
        tree,
        Kind.INDICATOR,
        indicatorId,
        false,
        ElementForm.of(tree, indicator, tree.languageFor(lang)),
        model,
        locale);
  }

  @PostMapping("/indicators/{indicatorId}")
  String saveIndicator(
      @PathVariable UUID id,
      @PathVariable UUID indicatorId,
      @ModelAttribute ElementForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return save(
        id,
        Kind.INDICATOR,
        indicatorId,
        false,
        form,
        () ->
            administration.editIndicator(
                id, form.versionOrStale(), indicatorId, form.toIndicator()),
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/indicators/{indicatorId}/remove")
  String removeIndicator(
      @PathVariable UUID id,
      @PathVariable UUID indicatorId,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    return remove(
        id,
        () -> administration.removeIndicator(id, version == null ? -1 : version, indicatorId),
        redirect);
  }

  // --- shared

  private String save(
      UUID id,
      Kind kind,
      UUID elementId,
      boolean adding,
      ElementForm form,
      Runnable change,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      change.run();
      redirect.addFlashAttribute("done", "standards.framework.web.done.saved");
      String lang = form.getLanguage() == null ? "" : "?lang=" + form.getLanguage();
      return "redirect:/app/standards/frameworks/" + id + lang;
    } catch (InvalidInput invalid) {
      FrameworkTree current = catalogue.tree(id);
      if (current.status() != FrameworkStatus.DRAFT) {
        // adopted or retired meanwhile: there is no form any more, the framework's page says why
        redirect.addFlashAttribute("refused", "standards.framework.error.frozen");
        return "redirect:/app/standards/frameworks/" + id;
      }
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute(
          "errors",
          pages.errors(invalid, field -> "name".equals(field) ? "title" : field, "title", locale));
      return form(catalogue.tree(id), kind, elementId, adding, form, model, locale);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      FrameworkTree current = catalogue.tree(id);
      model.addAttribute("saved", saved(current, kind, elementId, adding, form.getLanguage()));
      model.addAttribute("conflict", true);
      form.setVersion(current.rowVersion());
      return form(current, kind, elementId, adding, form, model, locale);
    }
  }

  /** What is stored now for the element, to show beside what was typed; null when it is gone. */
  private static ElementForm saved(
      FrameworkTree tree, Kind kind, UUID elementId, boolean adding, String language) {
    String lang = tree.languageFor(language);
    if (adding) {
      return null;
    }
    return switch (kind) {
      case FRAMEWORK -> ElementForm.of(tree, lang);
      case STANDARD ->
          tree.standard(elementId).map(s -> ElementForm.of(tree, s, lang)).orElse(null);
      case CRITERION ->
          tree.standards().stream()
              .flatMap(s -> s.criteria().stream())
              .filter(c -> c.id().equals(elementId))
              .findFirst()
              .map(c -> ElementForm.of(tree, c, lang))
              .orElse(null);
      case INDICATOR ->
          tree.indicator(elementId).map(i -> ElementForm.of(tree, i, lang)).orElse(null);
    };
  }

  private String remove(UUID id, Runnable change, RedirectAttributes redirect) {
    try {
      change.run();
      redirect.addFlashAttribute("done", "standards.framework.web.done.removed");
    } catch (InvalidInput invalid) {
      redirect.addFlashAttribute("refused", invalid.problems().get(0).messageKey());
    } catch (ConcurrentChange stale) {
      redirect.addFlashAttribute("refused", "standards.framework.web.stale");
    }
    return "redirect:/app/standards/frameworks/" + id;
  }

  private String form(
      FrameworkTree tree,
      Kind kind,
      UUID elementId,
      boolean adding,
      ElementForm form,
      Model model,
      Locale locale) {
    if (tree.status() != FrameworkStatus.DRAFT) {
      // a frozen framework has no edit forms; its page says why
      return "redirect:/app/standards/frameworks/" + tree.id();
    }
    String language = tree.languageFor(form.getLanguage());
    form.setLanguage(language);
    model.addAttribute("framework", tree);
    model.addAttribute("kind", kind.name());
    model.addAttribute("adding", adding);
    model.addAttribute("elementId", elementId);
    model.addAttribute("form", form);
    model.addAttribute("language", language);
    model.addAttribute(
        "languageNames", FrameworkPagesController.languageNames(tree.languages(), locale));
    model.addAttribute("original", tree.languages().get(0));
    model.addAttribute("originalForm", originalTexts(tree, kind, elementId, adding));
    model.addAttribute("parentCode", parentCode(tree, kind, elementId, adding));
    model.addAttribute("action", action(tree.id(), kind, elementId, adding));
    model.addAttribute(
        "editPath",
        adding
            ? null
            : action(tree.id(), kind, elementId, false) + (kind == Kind.FRAMEWORK ? "" : "/edit"));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "standards/frameworks/element";
  }

  /** The texts in the original language, shown as a hint while translating. */
  private static ElementForm originalTexts(
      FrameworkTree tree, Kind kind, UUID elementId, boolean adding) {
    return adding ? null : saved(tree, kind, elementId, false, tree.languages().get(0));
  }

  private static String parentCode(FrameworkTree tree, Kind kind, UUID elementId, boolean adding) {
    if (!adding || elementId == null) {
      return null;
    }
    return kind == Kind.CRITERION
        ? standard(tree, elementId).code()
        : criterion(tree, elementId).code();
  }

  private static String action(UUID id, Kind kind, UUID elementId, boolean adding) {
    String base = "/app/standards/frameworks/" + id;
    return switch (kind) {
      case FRAMEWORK -> base + "/edit";
      case STANDARD -> adding ? base + "/standards" : base + "/standards/" + elementId;
      case CRITERION ->
          adding ? base + "/standards/" + elementId + "/criteria" : base + "/criteria/" + elementId;
      case INDICATOR ->
          adding
              ? base + "/criteria/" + elementId + "/indicators"
              : base + "/indicators/" + elementId;
    };
  }

  private static StandardNode standard(FrameworkTree tree, UUID id) {
    return tree.standard(id).orElseThrow(() -> FrameworkNotFound.forId(id));
  }

  private static CriterionNode criterion(FrameworkTree tree, UUID id) {
    return tree.standards().stream()
        .flatMap(s -> s.criteria().stream())
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> FrameworkNotFound.forId(id));
  }
}
