package eu.pharos.knowledge.document.web;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.document.DocumentNotFound;
import eu.pharos.knowledge.document.DocumentView;
import eu.pharos.knowledge.document.Documents;
import eu.pharos.knowledge.web.KnowledgePages;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A centre's public documents for anyone, signed in or not: the document's page with its versions
 * and previews, and its files. Only documents made public are served here, whoever asks.
 */
@Controller
@RequestMapping("/centres/{slug}/documents/{id}")
class PublicDocumentsController {

  private final Documents documents;
  private final KnowledgePages pages;

  PublicDocumentsController(Documents documents, KnowledgePages pages) {
    this.documents = documents;
    this.pages = pages;
  }

  @GetMapping
  String document(@PathVariable String slug, @PathVariable UUID id, Model model, Locale locale) {
    return DocumentPage.render(
        publicDocument(slug, id), Map.of(), Map.of(), true, model, locale, pages);
  }

  @GetMapping("/versions/{versionId}/file")
  ResponseEntity<InputStreamResource> download(
      @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID versionId) {
    publicDocument(slug, id);
    return Downloads.attachment(documents.download(slug, id, versionId));
  }

  @GetMapping("/versions/{versionId}/preview")
  ResponseEntity<InputStreamResource> preview(
      @PathVariable String slug, @PathVariable UUID id, @PathVariable UUID versionId) {
    publicDocument(slug, id);
    return Downloads.inline(
        documents
            .preview(slug, id, versionId)
            .orElseThrow(() -> DocumentNotFound.forId(versionId)));
  }

  private DocumentView publicDocument(String slug, UUID id) {
    DocumentView document = documents.get(slug, id);
    if (document.visibility() != Visibility.PUBLIC || document.hidden()) {
      throw DocumentNotFound.forId(id);
    }
    return document;
  }
}
