package eu.pharos.knowledge.document.web;

import eu.pharos.knowledge.document.FileDownload;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a document's files leave Pharos: as an attachment with the name the uploader gave and the
 * type detected from the content, which the browser must not second-guess; pictures for a preview
 * inline, never anything a browser would run.
 */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<InputStreamResource> attachment(FileDownload file) {
    return send(file, ContentDisposition.attachment(), CacheControl.noStore());
  }

  static ResponseEntity<InputStreamResource> inline(FileDownload file) {
    return send(file, ContentDisposition.inline(), CacheControl.noCache().cachePrivate());
  }

  private static ResponseEntity<InputStreamResource> send(
      FileDownload file, ContentDisposition.Builder disposition, CacheControl cache) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            disposition.filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .cacheControl(cache)
        .contentType(MediaType.parseMediaType(file.contentType()))
        .contentLength(file.size())
        .body(new InputStreamResource(file.content()));
  }
}
