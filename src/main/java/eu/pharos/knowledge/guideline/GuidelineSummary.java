package eu.pharos.knowledge.guideline;

import eu.pharos.knowledge.centre.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A guideline in a list.
 *
 * @param readers who may read it: the centre's members until it is published
 * @param version its version for optimistic changes
 */
public record GuidelineSummary(
    UUID id,
    GuidelineKind kind,
    String title,
    String summary,
    String language,
    GuidelineStatus status,
    Visibility readers,
    LocalDate reviewEndsOn,
    String authorName,
    Instant adoptedAt,
    Instant publishedAt,
    Instant updatedAt,
    long version) {}
