package eu.pharos.knowledge.document;

import java.util.List;
import java.util.UUID;

/**
 * A document in one language.
 *
 * @param language ISO 639-1 code
 * @param versions newest first: the first is the current one
 * @param previewText the beginning of the current version's text, for a text preview, or null
 */
public record LanguageView(
    UUID id, String language, List<VersionView> versions, String previewText) {

  public VersionView current() {
    return versions.get(0);
  }

  public List<VersionView> older() {
    return versions.subList(1, versions.size());
  }
}
