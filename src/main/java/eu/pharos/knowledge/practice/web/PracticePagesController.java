package eu.pharos.knowledge.practice.web;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.practice.AdoptionStatus;
import eu.pharos.knowledge.practice.PracticeAdoptions;
import eu.pharos.knowledge.practice.PracticeList;
import eu.pharos.knowledge.practice.PracticeText;
import eu.pharos.knowledge.practice.PracticeView;
import eu.pharos.knowledge.practice.Practices;
import eu.pharos.knowledge.web.KnowledgePages;
import eu.pharos.platform.FileRejected;
import eu.pharos.platform.Languages;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The good practices of a centre for signed-in staff: the list with its filters, a practice with
 * its language versions, files and adoptions, and the forms to share, change, translate, hide and
 * adopt one. Every form posts and redirects; a refused form comes back with its messages and the
 * input kept; an edit over a newer save shows both (409).
 */
@Controller("knowledgePracticePagesController")
@RequestMapping("/app/centres/{slug}/practices")
class PracticePagesController {

  private final Practices practices;
  private final PracticeAdoptions adoptions;
  private final CentreAccess access;
  private final KnowledgePages pages;

  PracticePagesController(
      Practices practices, PracticeAdoptions adoptions, CentreAccess access, KnowledgePages pages) {
    this.practices = practices;
    this.adoptions = adoptions;
    this.access = access;
    this.pages = pages;
  }

  @GetMapping
  String list(
      @PathVariable String slug,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String language,
      Model model,
      Locale locale) {
    CentreRef centre = access.read(slug);
    PracticeList list = practices.list(slug, country, language, locale.getLanguage());
    model.addAttribute("centre", centre);
    model.addAttribute("list", list);
    model.addAttribute("countryNames", countryNames(list.countries(), locale));
    model.addAttribute("languageNames", languageNames(list.languages(), locale));
    model.addAttribute("zone", pages.zone());
    return "knowledge/practices/list";
  }

  @GetMapping("/new")
  String newForm(@PathVariable String slug, Model model, Locale locale) {
    CentreRef centre = access.requireMember(slug);
    String language =
        centre.languages().contains(locale.getLanguage())
            ? locale.getLanguage()
            : centre.languages().isEmpty() ? "en" : centre.languages().get(0);
    return form(centre, null, PracticeForm.empty(language), Map.of(), null, model, locale);
  }

  @PostMapping
  String create(
      @PathVariable String slug,
      PracticeForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CentreRef centre = access.requireMember(slug);
    try {
      PracticeView created = practices.create(slug, form.input());
      redirect.addFlashAttribute("done", "knowledge.practice.done.created");
      return "redirect:/app/centres/" + centre.slug() + "/practices/" + created.id();
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(centre, null, form, pages.errors(invalid, "title", locale), null, model, locale);
    }
  }

  @GetMapping("/{id}")
  String detail(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(name = "lang", required = false) String lang,
      Model model,
      Locale locale) {
    return detailPage(slug, id, wanted(lang, locale), Map.of(), Map.of(), model, locale);
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable String slug, @PathVariable UUID id, Model model, Locale locale) {
    CentreRef centre = access.read(slug);
    PracticeView view = practices.get(slug, id, null);
    if (!view.mayEdit()) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Only the author or a moderator may change a practice");
    }
    return form(centre, view, PracticeForm.of(view), Map.of(), null, model, locale);
  }

  @PostMapping("/{id}/edit")
  String edit(
      @PathVariable String slug,
      @PathVariable UUID id,
      PracticeForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CentreRef centre = access.read(slug);
    PracticeView before = practices.get(slug, id, null);
    try {
      Long version = version(form.version());
      if (version == null) {
        throw InvalidInput.of("title", "knowledge.practice.error.version");
      }
      practices.update(slug, id, form.input(), version);
      redirect.addFlashAttribute("done", "knowledge.practice.done.edited");
      return "redirect:/app/centres/" + centre.slug() + "/practices/" + id;
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(
          centre, before, form, pages.errors(invalid, "title", locale), null, model, locale);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      PracticeView saved = (PracticeView) stale.current();
      PracticeForm kept =
          new PracticeForm(
              form.title(),
              form.problem(),
              form.practice(),
              form.resources(),
              form.results(),
              form.contact(),
              form.visibility(),
              form.language(),
              String.valueOf(stale.currentVersion()));
      return form(centre, saved, kept, Map.of(), saved, model, locale);
    }
  }

  @GetMapping("/{id}/translation")
  String translationForm(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String language,
      Model model,
      Locale locale) {
    CentreRef centre = access.read(slug);
    String code = FormValues.clean(language).toLowerCase(Locale.ROOT);
    PracticeView view = practices.get(slug, id, code);
    if (!view.mayEdit()) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Only the author or a moderator may translate a practice");
    }
    PracticeText text =
        view.translated() && view.text().language().equals(code)
            ? view.text()
            : new PracticeText(code, "", "", "", "", "");
    return translation(centre, view, text, Map.of(), model, locale);
  }

  @PostMapping("/{id}/translation")
  String translate(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String problem,
      @RequestParam(required = false) String practice,
      @RequestParam(required = false) String resources,
      @RequestParam(required = false) String results,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CentreRef centre = access.read(slug);
    PracticeText text =
        new PracticeText(
            FormValues.clean(language).toLowerCase(Locale.ROOT),
            title,
            problem,
            practice,
            resources,
            results);
    try {
      PracticeView saved = practices.translate(slug, id, text);
      redirect.addFlashAttribute("done", "knowledge.practice.done.translated");
      return "redirect:/app/centres/"
          + centre.slug()
          + "/practices/"
          + id
          + "?lang="
          + saved.text().language();
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      PracticeView view = practices.get(slug, id, null);
      return translation(
          centre, view, text, pages.errors(invalid, "language", locale), model, locale);
    }
  }

  @PostMapping("/{id}/hide")
  String hide(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String reason,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      practices.hide(slug, id, reason);
      redirect.addFlashAttribute("done", "knowledge.practice.done.hidden");
      return "redirect:/app/centres/" + access.read(slug).slug() + "/practices/" + id;
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return detailPage(
          slug,
          id,
          null,
          pages.errors(invalid, "reason", locale),
          Map.of("reason", FormValues.clean(reason)),
          model,
          locale);
    }
  }

  @PostMapping("/{id}/show")
  String show(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
    practices.show(slug, id);
    redirect.addFlashAttribute("done", "knowledge.practice.done.shown");
    return "redirect:/app/centres/" + access.read(slug).slug() + "/practices/" + id;
  }

  @PostMapping("/{id}/attachments")
  String attach(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    try {
      if (file == null || file.isEmpty()) {
        throw FileRejected.empty();
      }
      practices.attach(slug, id, file.getOriginalFilename(), file.getInputStream());
      redirect.addFlashAttribute("done", "knowledge.practice.done.attached");
      return "redirect:/app/centres/" + access.read(slug).slug() + "/practices/" + id + "#files";
    } catch (FileRejected rejected) {
      response.setStatus(
          switch (rejected.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE.value();
            case TYPE_NOT_ALLOWED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE.value();
            case EMPTY -> HttpStatus.BAD_REQUEST.value();
          });
      Map<String, String> errors = new LinkedHashMap<>();
      errors.put("file", pages.message(rejected.messageKey(), locale, rejected.messageArguments()));
      return detailPage(slug, id, null, errors, Map.of(), model, locale);
    }
  }

  @PostMapping("/{id}/attachments/{attachmentId}/remove")
  String removeAttachment(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID attachmentId,
      RedirectAttributes redirect) {
    practices.removeAttachment(slug, id, attachmentId);
    redirect.addFlashAttribute("done", "knowledge.practice.done.removed");
    return "redirect:/app/centres/" + access.read(slug).slug() + "/practices/" + id + "#files";
  }

  @GetMapping("/{id}/attachments/{attachmentId}")
  ResponseEntity<InputStreamResource> download(
      @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID attachmentId) {
    return PracticeDownloads.of(practices.open(slug, id, attachmentId));
  }

  @PostMapping("/{id}/adoptions")
  String ask(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String note,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      adoptions.ask(slug, id, note);
      redirect.addFlashAttribute("done", "knowledge.practice.done.asked");
      return "redirect:/app/centres/" + access.read(slug).slug() + "/practices/" + id + "#adoption";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return detailPage(
          slug,
          id,
          null,
          pages.errors(invalid, "note", locale),
          Map.of("note", note == null ? "" : note),
          model,
          locale);
    }
  }

  @PostMapping("/{id}/adoptions/{adoptionId}/report")
  String report(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID adoptionId,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String report,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      adoptions.report(
          slug, id, adoptionId, FormValues.choice(AdoptionStatus.class, status), report);
      redirect.addFlashAttribute("done", "knowledge.practice.done.reported");
      return "redirect:/app/centres/" + access.read(slug).slug() + "/practices/" + id + "#adoption";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put("status-" + adoptionId, FormValues.clean(status));
      typed.put("report-" + adoptionId, report == null ? "" : report);
      return detailPage(
          slug,
          id,
          null,
          pages.errors(
              invalid,
              field -> field.equals("report") ? "report-" + adoptionId : null,
              "status-" + adoptionId,
              locale),
          typed,
          model,
          locale);
    }
  }

  // --- Rendering ---------------------------------------------------------------------------------

  private String detailPage(
      String slug,
      UUID id,
      String wanted,
      Map<String, String> errors,
      Map<String, String> typed,
      Model model,
      Locale locale) {
    CentreRef centre = access.read(slug);
    PracticeView view = practices.get(slug, id, wanted == null ? locale.getLanguage() : wanted);
    model.addAttribute("centre", centre);
    model.addAttribute("practice", view);
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("statuses", AdoptionStatus.values());
    model.addAttribute("languageNames", languageNames(view.languages(), locale));
    model.addAttribute("countryName", Languages.countryName(view.country(), locale));
    model.addAttribute(
        "myOrganisation", access.currentUser().map(u -> u.organisationId()).orElse(null));
    model.addAttribute("zone", pages.zone());
    model.addAttribute("addable", addableLanguages(centre, view, locale));
    return "knowledge/practices/detail";
  }

  private String form(
      CentreRef centre,
      PracticeView existing,
      PracticeForm form,
      Map<String, String> errors,
      PracticeView saved,
      Model model,
      Locale locale) {
    Set<String> codes = new LinkedHashSet<>(centre.languages());
    Languages.SUPPORTED.forEach(l -> codes.add(l.getLanguage()));
    if (form.language() != null && !form.language().isBlank()) {
      codes.add(form.language());
    }
    model.addAttribute("centre", centre);
    model.addAttribute("existing", existing);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("saved", saved);
    model.addAttribute("languageNames", languageNames(List.copyOf(codes), locale));
    model.addAttribute(
        "action",
        existing == null
            ? "/app/centres/" + centre.slug() + "/practices"
            : "/app/centres/" + centre.slug() + "/practices/" + existing.id() + "/edit");
    return "knowledge/practices/form";
  }

  private String translation(
      CentreRef centre,
      PracticeView view,
      PracticeText text,
      Map<String, String> errors,
      Model model,
      Locale locale) {
    model.addAttribute("centre", centre);
    model.addAttribute("practice", view);
    model.addAttribute("text", text);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "languageNames",
        languageNames(
            List.of(view.language(), text.language() == null ? "" : text.language()), locale));
    model.addAttribute("addable", addableLanguages(centre, view, locale));
    return "knowledge/practices/translation";
  }

  /** The languages a version may be added in: the centre's and the shell's, but the original's. */
  private static Map<String, String> addableLanguages(
      CentreRef centre, PracticeView view, Locale locale) {
    Set<String> codes = new LinkedHashSet<>(centre.languages());
    Languages.SUPPORTED.forEach(l -> codes.add(l.getLanguage()));
    codes.remove(view.language());
    return languageNames(List.copyOf(codes), locale);
  }

  static Map<String, String> languageNames(List<String> codes, Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : codes) {
      if (code != null && !code.isBlank()) {
        names.put(code, Languages.languageName(code, locale));
      }
    }
    return names;
  }

  static Map<String, String> countryNames(List<String> codes, Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : codes) {
      names.put(code, Languages.countryName(code, locale));
    }
    return names;
  }

  static String wanted(String lang, Locale locale) {
    String code = FormValues.clean(lang).toLowerCase(Locale.ROOT);
    return code.isEmpty() ? locale.getLanguage() : code;
  }

  private static Long version(String value) {
    String text = FormValues.clean(value);
    if (!text.matches("\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(text);
  }
}
