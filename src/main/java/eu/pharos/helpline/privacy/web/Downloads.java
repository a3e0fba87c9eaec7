package eu.pharos.helpline.privacy.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A victim's export as a download: an attachment that no browser, proxy or cache keeps, named by
 * the victim's id or reference, never by their name.
 */
final class Downloads {

  static final MediaType PDF = MediaType.APPLICATION_PDF;
  static final MediaType JSON = MediaType.APPLICATION_JSON;

  private Downloads() {}

  static ResponseEntity<byte[]> of(byte[] content, MediaType type, String label, String ext) {
    String safe = label == null ? "victim" : label.replaceAll("[^A-Za-z0-9-]", "");
    return ResponseEntity.ok()
        .contentType(type)
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.PRAGMA, "no-cache")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("victim-data-" + safe + "." + ext)
                .build()
                .toString())
        .body(content);
  }
}
