package eu.pharos.knowledge.document.web;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.document.DocumentSummary;
import eu.pharos.knowledge.document.DocumentView;
import eu.pharos.knowledge.document.Documents;
import eu.pharos.knowledge.document.NewDocument;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.ApiController;
import eu.pharos.shared.web.FormValues;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of a centre in the JSON API: the list and a document with its versions, as the
 * caller may see them; uploads of a new document, of a new version or of a new language (multipart
 * forms), and downloads. Bad input is answered with an RFC 9457 problem that says what to fix.
 */
@ApiController
@RequestMapping("/api/v1/centres/{slug}/documents")
class DocumentsApiController {

  private final Documents documents;

  DocumentsApiController(Documents documents) {
    this.documents = documents;
  }

  @GetMapping
  List<DocumentSummary> list(
      @PathVariable String slug, @RequestParam(name = "folder", required = false) UUID folder) {
    return documents.list(slug, folder);
  }

  @GetMapping("/{id}")
  DocumentView get(@PathVariable String slug, @PathVariable UUID id) {
    return documents.get(slug, id);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DocumentView> create(
      @PathVariable String slug,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String folderId,
      @RequestParam(required = false) String visibility,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String changeNote,
      @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    UUID folder = FormValues.id(folderId);
    if (folder == null && !FormValues.clean(folderId).isEmpty()) {
      throw InvalidInput.of("folderId", "knowledge.documents.error.folder");
    }
    Visibility chosen = FormValues.choice(Visibility.class, visibility);
    if (chosen == null && !FormValues.clean(visibility).isEmpty()) {
      throw InvalidInput.of("visibility", "knowledge.documents.error.visibility-required");
    }
    DocumentView created =
        documents.create(
            slug,
            new NewDocument(title, description, folder, chosen, language, changeNote),
            DocumentPagesController.upload(file));
    return ResponseEntity.created(
            URI.create("/api/v1/centres/" + slug + "/documents/" + created.id()))
        .body(created);
  }

  /**
   * A new version in a language the document is in, or the document in a new language: the language
   * decides which.
   */
  @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DocumentView> upload(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String changeNote,
      @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    DocumentView document = documents.get(slug, id);
    String code = FormValues.clean(language).toLowerCase(java.util.Locale.ROOT);
    DocumentView changed =
        document.language(code).isPresent()
            ? documents.uploadVersion(
                slug, id, language, changeNote, DocumentPagesController.upload(file))
            : documents.addLanguage(
                slug, id, language, changeNote, DocumentPagesController.upload(file));
    return ResponseEntity.created(URI.create("/api/v1/centres/" + slug + "/documents/" + id))
        .body(changed);
  }

  @GetMapping("/{id}/versions/{versionId}/file")
  ResponseEntity<InputStreamResource> download(
      @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID versionId) {
    return Downloads.attachment(documents.download(slug, id, versionId));
  }
}
