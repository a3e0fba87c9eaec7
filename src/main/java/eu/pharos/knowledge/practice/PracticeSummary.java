package eu.pharos.knowledge.practice;

import eu.pharos.knowledge.centre.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A practice in a list, its title in the reader's language when it has that version.
 *
 * @param shownLanguage the language of {@code title}
 * @param languages the original's language first, then its language versions
 */
public record PracticeSummary(
    UUID id,
    UUID centreId,
    String title,
    String shownLanguage,
    String language,
    List<String> languages,
    Visibility visibility,
    String organisationName,
    String country,
    String authorName,
    boolean hidden,
    Instant createdAt,
    Instant updatedAt,
    AdoptionCounts adoptions) {}
