package eu.pharos.knowledge.guideline.web;

import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.guideline.Comparison;
import eu.pharos.knowledge.guideline.GuidelineKind;
import eu.pharos.knowledge.guideline.GuidelineLocked;
import eu.pharos.knowledge.guideline.GuidelineNotFound;
import eu.pharos.knowledge.guideline.GuidelineStatus;
import eu.pharos.knowledge.guideline.GuidelineView;
import eu.pharos.knowledge.guideline.Guidelines;
import eu.pharos.knowledge.guideline.SectionView;
import eu.pharos.knowledge.guideline.VersionEntry;
import eu.pharos.knowledge.web.KnowledgePages;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
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
 * The pages of a centre's guidelines: the list, a guideline with the comments beside its sections,
 * the editor of a draft, the comment form, the review, adoption and publication forms, and the
 * history with its comparison of versions. A form refused keeps what was typed; a form sent from a
 * version someone changed since shows the saved text beside it; an adopted guideline refuses every
 * change and says how to change it.
 */
@Controller
@RequestMapping("/app/centres/{slug}/guidelines")
class GuidelinePagesController {

  private static final String TEMPLATES = "knowledge/guidelines/";

  private final Guidelines guidelines;
  private final KnowledgePages pages;

  GuidelinePagesController(Guidelines guidelines, KnowledgePages pages) {
    this.guidelines = guidelines;
    this.pages = pages;
  }

  // --- reading

  @GetMapping
  String list(@PathVariable String slug, Model model) {
    CentreRef centre = guidelines.centre(slug);
    model.addAttribute("centre", centre);
    model.addAttribute("guidelines", guidelines.list(slug));
    model.addAttribute("zone", pages.zone());
    return TEMPLATES + "list";
  }

  @GetMapping("/{id}")
  String guideline(@PathVariable String slug, @PathVariable UUID id, Model model) {
    return page(slug, guidelines.find(slug, id), model);
  }

  @GetMapping("/{id}/history")
  String history(@PathVariable String slug, @PathVariable UUID id, Model model) {
    GuidelineView view = guidelines.find(slug, id);
    List<VersionEntry> history = guidelines.history(slug, id);
    model.addAttribute("centre", guidelines.centre(slug));
    model.addAttribute("view", view);
    model.addAttribute("history", history);
    model.addAttribute("zone", pages.zone());
    return TEMPLATES + "history";
  }

  @GetMapping("/{id}/versions/{number}")
  String version(
      @PathVariable String slug, @PathVariable UUID id, @PathVariable int number, Model model) {
    model.addAttribute("centre", guidelines.centre(slug));
    model.addAttribute("view", guidelines.find(slug, id));
    model.addAttribute("version", guidelines.version(slug, id, number));
    model.addAttribute("zone", pages.zone());
    return TEMPLATES + "version";
  }

  @GetMapping("/{id}/compare")
  String compare(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      Model model) {
    List<VersionEntry> history = guidelines.history(slug, id);
    if (history.size() < 2) {
      return "redirect:/app/centres/" + slug + "/guidelines/" + id + "/history";
    }
    int a = from == null ? history.get(history.size() - 2).number() : from;
    int b = to == null ? history.get(history.size() - 1).number() : to;
    Comparison comparison = guidelines.compare(slug, id, a, b);
    model.addAttribute("centre", guidelines.centre(slug));
    model.addAttribute("view", guidelines.find(slug, id));
    model.addAttribute("history", history);
    model.addAttribute("comparison", comparison);
    model.addAttribute("zone", pages.zone());
    return TEMPLATES + "compare";
  }

  // --- a new draft and its details

  @GetMapping("/new")
  String newGuideline(@PathVariable String slug, Model model) {
    CentreRef centre = guidelines.centre(slug);
    if (!centre.isMember()) {
      throw new org.springframework.security.access.AccessDeniedException("members only");
    }
    GuidelineForm form = new GuidelineForm();
    form.setKind(GuidelineKind.GUIDELINE.name());
    form.setLanguage(centre.languages().isEmpty() ? "en" : centre.languages().get(0));
    return details(centre, null, form, Map.of(), null, model);
  }

  @PostMapping
  String create(
      @PathVariable String slug,
      @ModelAttribute GuidelineForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      GuidelineView created = guidelines.create(slug, form.details(), List.of(form.sectionInput()));
      redirect.addFlashAttribute("done", "knowledge.guideline.done.created");
      return "redirect:/app/centres/" + slug + "/guidelines/" + created.id() + "/edit";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return details(
          guidelines.centre(slug),
          null,
          form,
          pages.errors(invalid, GuidelinePagesController::fieldId, "kind", locale),
          null,
          model);
    }
  }

  @GetMapping("/{id}/details")
  String editDetails(
      @PathVariable String slug,
      @PathVariable UUID id,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    GuidelineView view = guidelines.find(slug, id);
    if (!view.may().edit()) {
      return locked(slug, view, redirect, locale);
    }
    return details(guidelines.centre(slug), view, GuidelineForm.of(view), Map.of(), null, model);
  }

  @PostMapping("/{id}/details")
  String saveDetails(
      @PathVariable String slug,
      @PathVariable UUID id,
      @ModelAttribute GuidelineForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      guidelines.changeDetails(slug, id, form.versionOrStale(), form.details());
      redirect.addFlashAttribute("done", "knowledge.guideline.done.saved");
      return "redirect:/app/centres/" + slug + "/guidelines/" + id + "/edit";
    } catch (GuidelineLocked locked) {
      return refusedLocked(slug, id, locked, model, locale, response);
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return details(
          guidelines.centre(slug),
          guidelines.find(slug, id),
          form,
          pages.errors(invalid, GuidelinePagesController::fieldId, "kind", locale),
          null,
          model);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      GuidelineView saved = guidelines.find(slug, id);
      form.setVersion(Long.toString(saved.version()));
      return details(guidelines.centre(slug), saved, form, Map.of(), saved, model);
    }
  }

  // --- the editor and its sections

  @GetMapping("/{id}/edit")
  String editor(
      @PathVariable String slug,
      @PathVariable UUID id,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    GuidelineView view = guidelines.find(slug, id);
    if (!view.may().edit()) {
      return locked(slug, view, redirect, locale);
    }
    model.addAttribute("centre", guidelines.centre(slug));
    model.addAttribute("view", view);
    return TEMPLATES + "edit";
  }

  @GetMapping("/{id}/sections/new")
  String newSection(
      @PathVariable String slug,
      @PathVariable UUID id,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    GuidelineView view = guidelines.find(slug, id);
    if (!view.may().edit()) {
      return locked(slug, view, redirect, locale);
    }
    GuidelineForm form = GuidelineForm.of(view);
    return section(slug, view, null, form, Map.of(), null, model);
  }

  @PostMapping("/{id}/sections")
  String addSection(
      @PathVariable String slug,
      @PathVariable UUID id,
      @ModelAttribute GuidelineForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return saveSection(
        slug,
        id,
        null,
        form,
        () -> guidelines.addSection(slug, id, form.versionOrStale(), form.sectionInput()),
        model,
        locale,
        response,
        redirect);
  }

  @GetMapping("/{id}/sections/{sectionId}/edit")
  String editSection(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID sectionId,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    GuidelineView view = guidelines.find(slug, id);
    if (!view.may().edit()) {
      return locked(slug, view, redirect, locale);
    }
    SectionView section = section(view, sectionId);
    return section(slug, view, sectionId, GuidelineForm.of(view, section), Map.of(), null, model);
  }

  @PostMapping("/{id}/sections/{sectionId}")
  String saveSection(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID sectionId,
      @ModelAttribute GuidelineForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return saveSection(
        slug,
        id,
        sectionId,
        form,
        () ->
            guidelines.editSection(slug, id, form.versionOrStale(), sectionId, form.sectionInput()),
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/sections/{sectionId}/move")
  String moveSection(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID sectionId,
      @RequestParam(required = false) String direction,
      @ModelAttribute GuidelineForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return quick(
        slug,
        id,
        () ->
            guidelines.moveSection(
                slug, id, form.versionOrStale(), sectionId, !"down".equals(direction)),
        "knowledge.guideline.done.moved",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/sections/{sectionId}/remove")
  String removeSection(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID sectionId,
      @ModelAttribute GuidelineForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return quick(
        slug,
        id,
        () -> guidelines.removeSection(slug, id, form.versionOrStale(), sectionId),
        "knowledge.guideline.done.removed",
        model,
        locale,
        response,
        redirect);
  }

  // --- comments

  @GetMapping("/{id}/comment")
  String commentForm(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) UUID section,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    GuidelineView view = guidelines.find(slug, id);
    if (!view.may().comment()) {
      return locked(slug, view, redirect, locale);
    }
    SectionView on = section(view, section);
    GuidelineForm form = new GuidelineForm();
    form.setSection(on.id().toString());
    return comment(slug, view, on, form, Map.of(), model);
  }

  @PostMapping("/{id}/comments")
  String addComment(
      @PathVariable String slug,
      @PathVariable UUID id,
      @ModelAttribute GuidelineForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      guidelines.comment(slug, id, form.sectionId(), form.getQuote(), form.getText());
      redirect.addFlashAttribute("done", "knowledge.guideline.done.commented");
      return "redirect:/app/centres/" + slug + "/guidelines/" + id + "#section-" + form.sectionId();
    } catch (GuidelineLocked locked) {
      return refusedLocked(slug, id, locked, model, locale, response);
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      GuidelineView view = guidelines.find(slug, id);
      return comment(
          slug,
          view,
          section(view, form.sectionId()),
          form,
          pages.errors(invalid, "text", locale),
          model);
    }
  }

  @PostMapping("/{id}/comments/{commentId}/resolve")
  String resolve(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID commentId,
      @RequestParam(defaultValue = "true") boolean resolved,
      @RequestParam(required = false) String back,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      guidelines.resolve(slug, id, commentId, resolved);
      redirect.addFlashAttribute(
          "done",
          resolved ? "knowledge.guideline.done.resolved" : "knowledge.guideline.done.reopened");
      String to = "adopt".equals(back) ? "/adopt" : "";
      return "redirect:/app/centres/" + slug + "/guidelines/" + id + to;
    } catch (GuidelineLocked locked) {
      return refusedLocked(slug, id, locked, model, locale, response);
    }
  }

  // --- review, adoption, publication, new version

  @GetMapping("/{id}/review")
  String reviewForm(
      @PathVariable String slug,
      @PathVariable UUID id,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    GuidelineView view = guidelines.find(slug, id);
    if (!view.may().edit()) {
      return locked(slug, view, redirect, locale);
    }
    return step(slug, view, "review", GuidelineForm.of(view), Map.of(), model);
  }

  @PostMapping("/{id}/review")
  String submit(
      @PathVariable String slug,
      @PathVariable UUID id,
      @ModelAttribute GuidelineForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return decide(
        slug,
        id,
        "review",
        form,
        () -> guidelines.submit(slug, id, form.versionOrStale(), form.reviewEnd()),
        "knowledge.guideline.done.submitted",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/withdraw")
  String withdraw(
      @PathVariable String slug,
      @PathVariable UUID id,
      @ModelAttribute GuidelineForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return quick(
        slug,
        id,
        () -> guidelines.withdraw(slug, id, form.versionOrStale()),
        "knowledge.guideline.done.withdrawn",
        model,
        locale,
        response,
        redirect);
  }

  @GetMapping("/{id}/adopt")
  String adoptForm(
      @PathVariable String slug,
      @PathVariable UUID id,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    GuidelineView view = guidelines.find(slug, id);
    if (view.guideline().status() != GuidelineStatus.IN_REVIEW) {
      return locked(slug, view, redirect, locale);
    }
    return step(slug, view, "adopt", GuidelineForm.of(view), Map.of(), model);
  }

  @PostMapping("/{id}/adopt")
  String adopt(
      @PathVariable String slug,
      @PathVariable UUID id,
      @ModelAttribute GuidelineForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return decide(
        slug,
        id,
        "adopt",
        form,
        () -> guidelines.adopt(slug, id, form.versionOrStale(), form.isCloseEarly()),
        "knowledge.guideline.done.adopted",
        model,
        locale,
        response,
        redirect);
  }

  @GetMapping("/{id}/publish")
  String publishForm(@PathVariable String slug, @PathVariable UUID id, Model model) {
    GuidelineView view = guidelines.find(slug, id);
    if (view.guideline().status() != GuidelineStatus.ADOPTED) {
      return "redirect:/app/centres/" + slug + "/guidelines/" + id;
    }
    return step(slug, view, "publish", GuidelineForm.of(view), Map.of(), model);
  }

  @PostMapping("/{id}/publish")
  String publish(
      @PathVariable String slug,
      @PathVariable UUID id,
      @ModelAttribute GuidelineForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return decide(
        slug,
        id,
        "publish",
        form,
        () -> guidelines.publish(slug, id, form.versionOrStale(), form.chosenVisibility()),
        "knowledge.guideline.done.published",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/new-version")
  String startNewVersion(
      @PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
    GuidelineView draft = guidelines.startNewVersion(slug, id);
    redirect.addFlashAttribute("done", "knowledge.guideline.done.new-version");
    return "redirect:/app/centres/" + slug + "/guidelines/" + draft.id() + "/edit";
  }

  // --- helpers

  private String page(String slug, GuidelineView view, Model model) {
    model.addAttribute("centre", guidelines.centre(slug));
    model.addAttribute("view", view);
    model.addAttribute("zone", pages.zone());
    return TEMPLATES + "guideline";
  }

  /** The guideline's page with the message that an adopted text cannot change. */
  private String refusedLocked(
      String slug,
      UUID id,
      GuidelineLocked locked,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    response.setStatus(HttpStatus.CONFLICT.value());
    model.addAttribute("refused", message(locked, locale));
    return page(slug, guidelines.find(slug, id), model);
  }

  /** Back to the guideline's page, saying why there is no form to change it. */
  private String locked(
      String slug, GuidelineView view, RedirectAttributes redirect, Locale locale) {
    if (view.guideline().adoptedAt() != null && !view.guideline().status().isOpen()) {
      redirect.addFlashAttribute(
          "refused",
          pages.message(
              "knowledge.guideline.error.adopted",
              locale,
              java.util.Date.from(view.guideline().adoptedAt())));
    }
    return "redirect:/app/centres/" + slug + "/guidelines/" + view.id();
  }

  private String message(InvalidInput invalid, Locale locale) {
    InvalidInput.Problem problem = invalid.problems().get(0);
    return pages.message(problem.messageKey(), locale, problem.arguments().toArray());
  }

  private String saveSection(
      String slug,
      UUID id,
      UUID sectionId,
      GuidelineForm form,
      Supplier<GuidelineView> change,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      change.get();
      redirect.addFlashAttribute("done", "knowledge.guideline.done.saved");
      return "redirect:/app/centres/" + slug + "/guidelines/" + id + "/edit";
    } catch (GuidelineLocked locked) {
      return refusedLocked(slug, id, locked, model, locale, response);
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return section(
          slug,
          guidelines.find(slug, id),
          sectionId,
          form,
          pages.errors(invalid, GuidelinePagesController::fieldId, "heading", locale),
          null,
          model);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      GuidelineView saved = guidelines.find(slug, id);
      form.setVersion(Long.toString(saved.version()));
      SectionView savedSection = sectionId == null ? null : saved.section(sectionId);
      model.addAttribute("conflict", true);
      return section(slug, saved, sectionId, form, Map.of(), savedSection, model);
    }
  }

  /** A change made by a button on the editor or the guideline's page. */
  private String quick(
      String slug,
      UUID id,
      Supplier<GuidelineView> change,
      String done,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      GuidelineView view = change.get();
      redirect.addFlashAttribute("done", done);
      return "redirect:/app/centres/"
          + slug
          + "/guidelines/"
          + id
          + (view.may().edit() && view.guideline().status() == GuidelineStatus.DRAFT
              ? "/edit"
              : "");
    } catch (GuidelineLocked locked) {
      return refusedLocked(slug, id, locked, model, locale, response);
    } catch (InvalidInput invalid) {
      redirect.addFlashAttribute("refused", message(invalid, locale));
      return "redirect:/app/centres/" + slug + "/guidelines/" + id + "/edit";
    } catch (ConcurrentChange stale) {
      redirect.addFlashAttribute(
          "refused", pages.message("knowledge.guideline.error.stale", locale));
      return "redirect:/app/centres/" + slug + "/guidelines/" + id + "/edit";
    }
  }

  private String decide(
      String slug,
      UUID id,
      String step,
      GuidelineForm form,
      Supplier<GuidelineView> change,
      String done,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      change.get();
      redirect.addFlashAttribute("done", done);
      return "redirect:/app/centres/" + slug + "/guidelines/" + id;
    } catch (GuidelineLocked locked) {
      return refusedLocked(slug, id, locked, model, locale, response);
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      String field =
          switch (step) {
            case "review" -> "reviewEndsOn";
            case "adopt" -> "closeEarly";
            default -> "visibility";
          };
      return step(
          slug,
          guidelines.find(slug, id),
          step,
          form,
          pages.errors(invalid, f -> field, field, locale),
          model);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      GuidelineView saved = guidelines.find(slug, id);
      form.setVersion(Long.toString(saved.version()));
      model.addAttribute("conflict", true);
      return step(slug, saved, step, form, Map.of(), model);
    }
  }

  private String details(
      CentreRef centre,
      GuidelineView view,
      GuidelineForm form,
      Map<String, String> errors,
      GuidelineView saved,
      Model model) {
    model.addAttribute("centre", centre);
    model.addAttribute("view", view);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("saved", saved);
    model.addAttribute("conflict", saved != null);
    model.addAttribute("kinds", GuidelineKind.values());
    Map<String, String> languageNames = new java.util.LinkedHashMap<>();
    List<String> codes = new java.util.ArrayList<>(centre.languages());
    if (form.getLanguage() != null && !codes.contains(form.getLanguage())) {
      codes.add(form.getLanguage());
    }
    for (String code : codes) {
      languageNames.put(code, Locale.forLanguageTag(code).getDisplayLanguage(locale(model)));
    }
    model.addAttribute("languageNames", languageNames);
    return TEMPLATES + "details";
  }

  private String section(
      String slug,
      GuidelineView view,
      UUID sectionId,
      GuidelineForm form,
      Map<String, String> errors,
      SectionView saved,
      Model model) {
    model.addAttribute("centre", guidelines.centre(slug));
    model.addAttribute("view", view);
    model.addAttribute("sectionId", sectionId);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("saved", saved);
    if (!model.containsAttribute("conflict")) {
      model.addAttribute("conflict", false);
    }
    return TEMPLATES + "section";
  }

  private String comment(
      String slug,
      GuidelineView view,
      SectionView section,
      GuidelineForm form,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("centre", guidelines.centre(slug));
    model.addAttribute("view", view);
    model.addAttribute("section", section);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return TEMPLATES + "comment";
  }

  private String step(
      String slug,
      GuidelineView view,
      String step,
      GuidelineForm form,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("centre", guidelines.centre(slug));
    model.addAttribute("view", view);
    model.addAttribute("step", step);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("zone", pages.zone());
    if (!model.containsAttribute("conflict")) {
      model.addAttribute("conflict", false);
    }
    return TEMPLATES + "step";
  }

  private static Locale locale(Model model) {
    return org.springframework.context.i18n.LocaleContextHolder.getLocale();
  }

  private static SectionView section(GuidelineView view, UUID sectionId) {
    SectionView section = sectionId == null ? null : view.section(sectionId);
    if (section == null) {
      throw new GuidelineNotFound("section " + sectionId);
    }
    return section;
  }

  /** The page's field for a problem of the service: sections[0].heading is the first section's. */
  static String fieldId(String field) {
    if (field.startsWith("sections[")) {
      return field.substring(field.indexOf('.') + 1);
    }
    return field;
  }
}
