package eu.pharos.knowledge.practice.web;

import eu.pharos.knowledge.practice.AttachmentDownload;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An attachment as a download: always saved, never shown in the browser, under the name it was
 * stored with, and never sniffed into another type.
 */
final class PracticeDownloads {

  private PracticeDownloads() {}

  static ResponseEntity<InputStreamResource> of(AttachmentDownload download) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(download.name(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.parseMediaType(download.contentType()))
        .contentLength(download.size())
        .body(new InputStreamResource(download.content()));
  }
}
