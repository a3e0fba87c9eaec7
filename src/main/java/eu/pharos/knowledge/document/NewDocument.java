package eu.pharos.knowledge.document;

import eu.pharos.knowledge.centre.Visibility;
import java.util.UUID;

/**
 * What a member gives for a new document, with its first file.
 *
 * @param folderId the folder, or null for none
 * @param visibility who may read it; null for the folder's (centre members without a folder)
 * @param language ISO 639-1 code of the file's language
 */
public record NewDocument(
    String title,
    String description,
    UUID folderId,
    Visibility visibility,
    String language,
    String changeNote) {}
