package eu.pharos.knowledge.document.web;

import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.document.DocumentNotFound;
import eu.pharos.knowledge.document.DocumentSummary;
import eu.pharos.knowledge.document.DocumentView;
import eu.pharos.knowledge.document.Documents;
import eu.pharos.knowledge.document.FolderView;
import eu.pharos.knowledge.document.NewDocument;
import eu.pharos.knowledge.document.Upload;
import eu.pharos.knowledge.web.KnowledgePages;
import eu.pharos.platform.FileRejected;
import eu.pharos.platform.Languages;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
 * The documents of a centre for signed-in staff: the folders and documents the reader may see, a
 * document with its languages and versions, and the forms to add folders, documents, versions and
 * languages. Every form posts and redirects; a refused one comes back with its messages and what
 * the user typed (a file has to be chosen again: browsers never send it back).
 */
@Controller
@RequestMapping("/app/centres/{slug}/documents")
class DocumentPagesController {

  private final Documents documents;
  private final KnowledgePages pages;

  DocumentPagesController(Documents documents, KnowledgePages pages) {
    this.documents = documents;
    this.pages = pages;
  }

  // --- The list and its folders ------------------------------------------------------------------

  @GetMapping
  String list(
      @PathVariable String slug,
      @RequestParam(name = "folder", required = false) String folder,
      Model model,
      Locale locale) {
    return listPage(slug, FormValues.id(folder), Map.of(), Map.of(), model, locale);
  }

  @PostMapping("/folders")
  String createFolder(
      @PathVariable String slug,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String parentId,
      @RequestParam(required = false) String visibility,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      FolderView folder =
          documents.createFolder(
              slug, name, FormValues.id(parentId), FormValues.choice(Visibility.class, visibility));
      redirect.addFlashAttribute("done", "knowledge.documents.done.folder-created");
      return "redirect:/app/centres/" + slug + "/documents?folder=" + folder.id();
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put("folder-name", FormValues.clean(name));
      typed.put("folder-parent", FormValues.clean(parentId));
      typed.put("visibility", FormValues.clean(visibility));
      Map<String, String> errors =
          pages.errors(
              invalid,
              field ->
                  switch (field) {
                    case "parentId" -> "folder-parent";
                    case "visibility" -> "visibility";
                    default -> "folder-name";
                  },
              "folder-name",
              locale);
      return listPage(slug, null, errors, typed, model, locale);
    }
  }

  @PostMapping("/folders/{folderId}/rename")
  String renameFolder(
      @PathVariable String slug,
      @PathVariable UUID folderId,
      @RequestParam(required = false) String name,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      documents.renameFolder(slug, folderId, name);
      redirect.addFlashAttribute("done", "knowledge.documents.done.folder-renamed");
      return "redirect:/app/centres/" + slug + "/documents?folder=" + folderId;
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      String field = "rename-" + folderId;
      Map<String, String> errors = pages.errors(invalid, f -> field, field, locale);
      return listPage(slug, folderId, errors, Map.of(field, FormValues.clean(name)), model, locale);
    }
  }

  @PostMapping("/folders/{folderId}/delete")
  String deleteFolder(
      @PathVariable String slug,
      @PathVariable UUID folderId,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      documents.deleteFolder(slug, folderId);
      redirect.addFlashAttribute("done", "knowledge.documents.done.folder-deleted");
      return "redirect:/app/centres/" + slug + "/documents";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      String field = "delete-" + folderId;
      Map<String, String> errors = pages.errors(invalid, f -> field, field, locale);
      return listPage(slug, folderId, errors, Map.of(), model, locale);
    }
  }

  // --- A new document ----------------------------------------------------------------------------

  @GetMapping("/new")
  String newDocument(
      @PathVariable String slug,
      @RequestParam(name = "folder", required = false) String folder,
      Model model,
      Locale locale) {
    CentreRef centre = documents.centre(slug);
    Map<String, String> typed = new LinkedHashMap<>();
    UUID folderId = FormValues.id(folder);
    List<FolderView> folders = documents.folders(slug);
    typed.put("folderId", folderId == null ? "" : folderId.toString());
    typed.put(
        "visibility",
        folders.stream()
            .filter(f -> f.id().equals(folderId))
            .findFirst()
            .map(f -> f.visibility().name())
            .orElse(Visibility.CENTRE.name()));
    typed.put("language", centre.languages().isEmpty() ? "en" : centre.languages().get(0));
    return newPage(centre, folders, Map.of(), typed, model, locale);
  }

  @PostMapping("/new")
  String create(
      @PathVariable String slug,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String folderId,
      @RequestParam(required = false) String visibility,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String changeNote,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("title", FormValues.clean(title));
    typed.put("description", description == null ? "" : description);
    typed.put("folderId", FormValues.clean(folderId));
    typed.put("visibility", FormValues.clean(visibility));
    typed.put("language", FormValues.clean(language));
    typed.put("changeNote", FormValues.clean(changeNote));
    try {
      DocumentView created =
          documents.create(
              slug,
              new NewDocument(
                  title,
                  description,
                  FormValues.id(folderId),
                  FormValues.choice(Visibility.class, visibility),
                  language,
                  changeNote),
              upload(file));
      redirect.addFlashAttribute("done", "knowledge.documents.done.created");
      return "redirect:/app/centres/" + slug + "/documents/" + created.id();
    } catch (FileRejected rejected) {
      response.setStatus(status(rejected));
      Map<String, String> errors =
          Map.of("file", pages.message(rejected.messageKey(), locale, rejected.messageArguments()));
      return newPage(documents.centre(slug), documents.folders(slug), errors, typed, model, locale);
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      Map<String, String> errors = pages.errors(invalid, Function.identity(), "title", locale);
      return newPage(documents.centre(slug), documents.folders(slug), errors, typed, model, locale);
    }
  }

  // --- A document --------------------------------------------------------------------------------

  @GetMapping("/{id}")
  String document(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String language,
      Model model,
      Locale locale) {
    return documentPage(documents.get(slug, id), Map.of(), Map.of(), model, locale);
  }

  @PostMapping("/{id}/versions")
  String uploadVersion(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String changeNote,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    String prefix = "v-" + FormValues.clean(language) + "-";
    try {
      documents.uploadVersion(slug, id, language, changeNote, upload(file));
      redirect.addFlashAttribute("done", "knowledge.documents.done.version");
      return "redirect:/app/centres/" + slug + "/documents/" + id + "#language-" + language;
    } catch (FileRejected | InvalidInput refused) {
      return refusedFile(
          slug,
          id,
          prefix,
          refused,
          Map.of(prefix + "changeNote", FormValues.clean(changeNote)),
          model,
          locale,
          response);
    }
  }

  @PostMapping("/{id}/languages")
  String addLanguage(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String changeNote,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    String prefix = "new-";
    try {
      documents.addLanguage(slug, id, language, changeNote, upload(file));
      redirect.addFlashAttribute("done", "knowledge.documents.done.language");
      return "redirect:/app/centres/"
          + slug
          + "/documents/"
          + id
          + "#language-"
          + FormValues.clean(language).toLowerCase(Locale.ROOT);
    } catch (FileRejected | InvalidInput refused) {
      Map<String, String> typed = new LinkedHashMap<>();
      typed.put(prefix + "language", FormValues.clean(language));
      typed.put(prefix + "changeNote", FormValues.clean(changeNote));
      return refusedFile(slug, id, prefix, refused, typed, model, locale, response);
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
      documents.hide(slug, id, reason);
      redirect.addFlashAttribute("done", "knowledge.documents.done.hidden");
      return "redirect:/app/centres/" + slug + "/documents/" + id;
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      Map<String, String> errors = pages.errors(invalid, f -> "reason", "reason", locale);
      return documentPage(
          documents.get(slug, id),
          errors,
          Map.of("reason", FormValues.clean(reason)),
          model,
          locale);
    }
  }

  @PostMapping("/{id}/show")
  String show(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes redirect) {
    documents.show(slug, id);
    redirect.addFlashAttribute("done", "knowledge.documents.done.shown");
    return "redirect:/app/centres/" + slug + "/documents/" + id;
  }

  @GetMapping("/{id}/versions/{versionId}/file")
  ResponseEntity<InputStreamResource> download(
      @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID versionId) {
    return Downloads.attachment(documents.download(slug, id, versionId));
  }

  @GetMapping("/{id}/versions/{versionId}/preview")
  ResponseEntity<InputStreamResource> preview(
      @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID versionId) {
    return Downloads.inline(
        documents
            .preview(slug, id, versionId)
            .orElseThrow(() -> DocumentNotFound.forId(versionId)));
  }

  // --- Rendering ---------------------------------------------------------------------------------

  private String listPage(
      String slug,
      UUID folderId,
      Map<String, String> errors,
      Map<String, String> typed,
      Model model,
      Locale locale) {
    CentreRef centre = documents.centre(slug);
    List<FolderView> folders = documents.folders(slug);
    FolderView current =
        folders.stream().filter(f -> f.id().equals(folderId)).findFirst().orElse(null);
    model.addAttribute("centre", centre);
    model.addAttribute("folders", folders);
    model.addAttribute("folder", current);
    List<DocumentSummary> listed = documents.list(slug, current == null ? null : current.id());
    model.addAttribute("documents", listed);
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute(
        "languageNames",
        languageNames(
            listed.stream().flatMap(d -> d.languages().stream()).distinct().toList(), locale));
    model.addAttribute("zone", pages.zone());
    return "knowledge/documents/list";
  }

  private String newPage(
      CentreRef centre,
      List<FolderView> folders,
      Map<String, String> errors,
      Map<String, String> typed,
      Model model,
      Locale locale) {
    model.addAttribute("centre", centre);
    model.addAttribute("folders", folders);
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("languageNames", languageNames(centre.languages(), locale));
    model.addAttribute("titleMax", Documents.TITLE_MAX);
    return "knowledge/documents/new";
  }

  private String documentPage(
      DocumentView document,
      Map<String, String> errors,
      Map<String, String> typed,
      Model model,
      Locale locale) {
    return DocumentPage.render(document, errors, typed, false, model, locale, pages);
  }

  private String refusedFile(
      String slug,
      UUID id,
      String prefix,
      RuntimeException refused,
      Map<String, String> typed,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    Map<String, String> errors;
    if (refused instanceof FileRejected rejected) {
      response.setStatus(status(rejected));
      errors =
          Map.of(
              prefix + "file",
              pages.message(rejected.messageKey(), locale, rejected.messageArguments()));
    } else {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      errors = pages.errors((InvalidInput) refused, f -> prefix + f, prefix + "file", locale);
    }
    return documentPage(documents.get(slug, id), errors, typed, model, locale);
  }

  static Upload upload(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      return new Upload(file == null ? null : file.getOriginalFilename(), null);
    }
    return new Upload(file.getOriginalFilename(), file.getInputStream());
  }

  static int status(FileRejected rejected) {
    return switch (rejected.reason()) {
      case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE.value();
      case TYPE_NOT_ALLOWED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE.value();
      case EMPTY -> HttpStatus.BAD_REQUEST.value();
    };
  }

  /** The names of languages in the reader's language, by code, in the given order. */
  static Map<String, String> languageNames(List<String> codes, Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : codes) {
      names.put(code, Languages.languageName(code, locale));
    }
    return names;
  }
}
