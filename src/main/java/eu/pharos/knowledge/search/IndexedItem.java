package eu.pharos.knowledge.search;

import eu.pharos.knowledge.centre.Visibility;
import java.time.Instant;
import java.util.UUID;

/**
 * One searchable thing as its owner describes it to the index.
 *
 * @param kind what it is: one of the {@code KIND_} constants of {@link KnowledgeIndex}
 * @param refId its id in its owner's table
 * @param hidden hidden by a moderator: kept, never found
 * @param body its searchable text (a document's extracted text, a post's words), may be null
 * @param language ISO 639-1 code of its language, or null when unknown
 * @param country ISO 3166 alpha-2 code of the country it comes from, or null
 * @param link where a reader opens it, a path within Pharos
 */
public record IndexedItem(
    String kind,
    UUID refId,
    UUID centreId,
    Visibility visibility,
    boolean hidden,
    String title,
    String body,
    String language,
    String country,
    UUID organisationId,
    String link,
    Instant updatedAt) {}
