package eu.pharos.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored file's metadata.
 *
 * @param name the name the uploader gave (cleaned of any path), for display and downloads
 * @param contentType the type detected from the content
 * @param sha256 hex SHA-256 of the content
 */
public record StoredFileView(
    UUID id, String name, String contentType, long size, String sha256, Instant createdAt) {}
