package eu.pharos.knowledge.document;

import eu.pharos.knowledge.centre.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A document as lists show it.
 *
 * @param folderName its folder's name, or null when it is in none or the reader may not see it
 * @param languages the ISO 639-1 codes of its language versions, in the order they were added
 */
public record DocumentSummary(
    UUID id,
    String title,
    UUID folderId,
    String folderName,
    Visibility visibility,
    boolean hidden,
    List<String> languages,
    Instant updatedAt) {}
