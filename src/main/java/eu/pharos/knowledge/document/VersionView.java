package eu.pharos.knowledge.document;

import java.time.Instant;
import java.util.UUID;

/**
 * One uploaded file of a language version.
 *
 * @param contentType as detected from the content
 * @param preview how the file can be previewed
 */
public record VersionView(
    UUID id,
    int number,
    String fileName,
    String contentType,
    long size,
    String uploaderName,
    String changeNote,
    Instant createdAt,
    PreviewKind preview) {}
