package eu.pharos.knowledge.document;

import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A document with every version of every language, as the reader may see it.
 *
 * @param folder its folder, or null when in none or the reader may not see it
 * @param hiddenReason why a moderator hid it; shown to moderators only
 */
public record DocumentView(
    UUID id,
    CentreRef centre,
    String title,
    String description,
    FolderView folder,
    Visibility visibility,
    boolean hidden,
    String hiddenReason,
    List<LanguageView> languages,
    Instant createdAt,
    Instant updatedAt) {

  public Optional<LanguageView> language(String code) {
    return languages.stream().filter(l -> l.language().equals(code)).findFirst();
  }

  public Optional<VersionView> version(UUID versionId) {
    return languages.stream()
        .flatMap(l -> l.versions().stream())
        .filter(v -> v.id().equals(versionId))
        .findFirst();
  }

  /** Whether the reader may upload versions: a member of the centre. */
  public boolean mayContribute() {
    return centre.isMember();
  }

  public boolean mayModerate() {
    return centre.isModerator();
  }
}
