package eu.pharos.standards.framework.web;

import eu.pharos.platform.Languages;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.cycle.StandardsAccess;
import eu.pharos.standards.framework.FileProblem;
import eu.pharos.standards.framework.FrameworkAdministration;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkFileRefused;
import eu.pharos.standards.framework.FrameworkFiles;
import eu.pharos.standards.framework.FrameworkFormat;
import eu.pharos.standards.framework.FrameworkNotFound;
import eu.pharos.standards.framework.FrameworkStatus;
import eu.pharos.standards.framework.FrameworkSummary;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.web.StandardsPages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Frameworks of standards: the list, a framework's tree in any of its languages, export, and the
 * secretariat's import, adoption, retirement and new versions. Any signed-in staff member reads
 * adopted and retired frameworks (members work against them); drafts are the secretariat's.
 */
@Controller
@RequestMapping("/app/standards/frameworks")
@PreAuthorize("isAuthenticated()")
class FrameworkPagesController {

  static final String SECRETARIAT = "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN')";

  private final FrameworkCatalogue catalogue;
  private final FrameworkAdministration administration;
  private final StandardsAccess access;
  private final StandardsPages pages;

  FrameworkPagesController(
      FrameworkCatalogue catalogue,
      FrameworkAdministration administration,
      StandardsAccess access,
      StandardsPages pages) {
    this.catalogue = catalogue;
    this.administration = administration;
    this.access = access;
    this.pages = pages;
  }

  @GetMapping
  String list(Model model, Locale locale) {
    boolean secretariat = access.isSecretariat();
    List<FrameworkSummary> frameworks =
        catalogue.all().stream()
            .filter(f -> secretariat || f.status() != FrameworkStatus.DRAFT)
            .toList();
    model.addAttribute("frameworks", frameworks);
    model.addAttribute("secretariat", secretariat);
    model.addAttribute("language", locale.getLanguage());
    model.addAttribute("zone", pages.zone());
    return "standards/frameworks/list";
  }

  @GetMapping("/import")
  @PreAuthorize(SECRETARIAT)
  String importPage(Model model) {
    return importPage(model, List.of(), Map.of());
  }

  @PostMapping("/import")
  @PreAuthorize(SECRETARIAT)
  String importFile(
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    if (file == null || file.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return importPage(
          model,
          List.of(),
          Map.of("file", pages.message("standards.framework.web.import.choose", locale)));
    }
    byte[] content = file.getBytes();
    FrameworkFormat format = FrameworkFormat.of(file.getOriginalFilename(), content);
    return imported(
        () -> administration.importFile(content, format), model, locale, response, redirect);
  }

  @PostMapping("/import-illustrative")
  @PreAuthorize(SECRETARIAT)
  String importIllustrative(
      Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
    return imported(administration::importIllustrative, model, locale, response, redirect);
  }

  private String imported(
      Supplier<FrameworkSummary> work,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      FrameworkSummary summary = work.get();
      redirect.addFlashAttribute("done", "standards.framework.web.done.imported");
      return "redirect:/app/standards/frameworks/" + summary.id();
    } catch (FrameworkFileRefused refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      List<ProblemLine> problems = new ArrayList<>();
      for (FileProblem p : refused.fileProblems()) {
        problems.add(
            new ProblemLine(
                p.line(), p.path(), pages.message(p.messageKey(), locale, p.args().toArray())));
      }
      return importPage(
          model,
          problems,
          Map.of(
              "file",
              pages.message("standards.framework.error.file-refused", locale, problems.size())));
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return importPage(model, List.of(), pages.errors(invalid, f -> "file", "file", locale));
    }
  }

  private String importPage(Model model, List<ProblemLine> problems, Map<String, String> errors) {
    model.addAttribute("problems", problems);
    model.addAttribute("errors", errors);
    model.addAttribute("illustrativeImported", catalogue.find("pharos-illustrative", "1.0"));
    return "standards/frameworks/import";
  }

  /** A problem of an uploaded file as the page lists it. */
  record ProblemLine(int line, String path, String message) {}

  @GetMapping("/{id}")
  String framework(
      @PathVariable UUID id,
      @RequestParam(name = "lang", required = false) String lang,
      Model model,
      Locale locale) {
    FrameworkTree tree = readable(id);
    return page(tree, lang, model, locale, Map.of(), "");
  }

  String page(
      FrameworkTree tree,
      String lang,
      Model model,
      Locale locale,
      Map<String, String> errors,
      String newVersion) {
    boolean secretariat = access.isSecretariat();
    String language = tree.languageFor(lang == null ? locale.getLanguage() : lang);
    model.addAttribute("framework", tree);
    model.addAttribute("language", language);
    model.addAttribute("languageNames", languageNames(tree.languages(), locale));
    model.addAttribute("secretariat", secretariat);
    model.addAttribute("draft", secretariat && tree.status() == FrameworkStatus.DRAFT);
    model.addAttribute("zone", pages.zone());
    model.addAttribute("errors", errors);
    model.addAttribute("newVersion", newVersion);
    List<FrameworkSummary> versions =
        catalogue.all().stream()
            .filter(f -> f.code().equals(tree.code()))
            .filter(f -> secretariat || f.status() != FrameworkStatus.DRAFT)
            .toList();
    model.addAttribute("versions", versions);
    model.addAttribute("hasNewer", !versions.isEmpty() && !versions.get(0).id().equals(tree.id()));
    return "standards/frameworks/framework";
  }

  @GetMapping("/{id}/export")
  ResponseEntity<byte[]> export(
      @PathVariable UUID id, @RequestParam(name = "format", defaultValue = "yaml") String format) {
    FrameworkTree tree = readable(id);
    FrameworkFormat chosen =
        FrameworkFormat.named(format)
            .orElseThrow(() -> InvalidInput.of("format", "standards.framework.error.format"));
    byte[] file = FrameworkFiles.write(FrameworkFiles.document(tree), chosen);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(chosen.mediaType() + ";charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(tree.code() + "-" + tree.version() + "." + chosen.extension())
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(file);
  }

  @PostMapping("/{id}/adopt")
  @PreAuthorize(SECRETARIAT)
  String adopt(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return status(
        id,
        () -> administration.adopt(id, version == null ? -1 : version),
        "standards.framework.web.done.adopted",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/retire")
  @PreAuthorize(SECRETARIAT)
  String retire(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return status(
        id,
        () -> administration.retire(id, version == null ? -1 : version),
        "standards.framework.web.done.retired",
        model,
        locale,
        response,
        redirect);
  }

  private String status(
      UUID id,
      Runnable change,
      String done,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      change.run();
      redirect.addFlashAttribute("done", done);
      return "redirect:/app/standards/frameworks/" + id;
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(
          catalogue.tree(id), null, model, locale, pages.errors(invalid, "status", locale), "");
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return page(
          catalogue.tree(id),
          null,
          model,
          locale,
          Map.of("status", pages.message("standards.framework.web.stale", locale)),
          "");
    }
  }

  @PostMapping("/{id}/versions")
  @PreAuthorize(SECRETARIAT)
  String newVersion(
      @PathVariable UUID id,
      @RequestParam(name = "newVersion", required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      FrameworkSummary created = administration.newVersion(id, version);
      redirect.addFlashAttribute("done", "standards.framework.web.done.new-version");
      return "redirect:/app/standards/frameworks/" + created.id();
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      Map<String, String> errors = pages.errors(invalid, f -> "newVersion", "newVersion", locale);
      return page(
          catalogue.tree(id), null, model, locale, errors, version == null ? "" : version.strip());
    }
  }

  /** The framework if the caller may read it: drafts only for the secretariat. */
  FrameworkTree readable(UUID id) {
    FrameworkTree tree = catalogue.tree(id);
    if (tree.status() == FrameworkStatus.DRAFT && !access.isSecretariat()) {
      throw FrameworkNotFound.forId(id);
    }
    return tree;
  }

  /** The names of a framework's languages in the reader's language, by code. */
  static Map<String, String> languageNames(List<String> codes, Locale reader) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : codes) {
      names.put(code, Languages.languageName(code, reader));
    }
    return names;
  }
}
