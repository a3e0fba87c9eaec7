package eu.pharos.knowledge.document;

/** How a version can be previewed on its document's page. User content is never shown as HTML. */
public enum PreviewKind {
  /** A PDF: a picture of its first page. */
  FIRST_PAGE,
  /** A PNG or JPEG image, shown scaled. */
  IMAGE,
  /** The beginning of the text taken out of it. */
  TEXT,
  /** Nothing to show: download it. */
  NONE;

  static PreviewKind of(String contentType, boolean hasText) {
    if (DocumentFiles.PDF.equals(contentType)) {
      return FIRST_PAGE;
    }
    if ("image/png".equals(contentType) || "image/jpeg".equals(contentType)) {
      return IMAGE;
    }
    return hasText ? TEXT : NONE;
  }
}
