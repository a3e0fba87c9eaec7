package eu.pharos.knowledge.practice;

import eu.pharos.knowledge.centre.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A practice as its page and the API show it: its text in one language, the languages it is
 * available in, its files, its adoptions and what the caller may do with it.
 *
 * @param text the text shown: the language version the reader asked for, or the original
 * @param original the original text, in {@code language}
 * @param languages the original's language first, then its language versions
 * @param adoptions the requests the caller may read: all of them for the author's side, their
 *     organisation's own otherwise
 * @param version the version an edit must start from
 */
public record PracticeView(
    UUID id,
    UUID centreId,
    PracticeText text,
    PracticeText original,
    String language,
    List<String> languages,
    String contact,
    Visibility visibility,
    UUID organisationId,
    String organisationName,
    String country,
    UUID authorId,
    String authorName,
    boolean hidden,
    String hiddenReason,
    Instant createdAt,
    Instant updatedAt,
    long version,
    List<AttachmentView> attachments,
    AdoptionCounts adoptionCounts,
    List<AdoptionView> adoptions,
    boolean mayEdit,
    boolean mayModerate,
    boolean mayAttach,
    boolean mayAskToAdopt) {

  public String title() {
    return text.title();
  }

  /** Whether the text shown is a language version rather than the original. */
  public boolean translated() {
    return !text.language().equals(language);
  }
}
