package eu.pharos.knowledge.guideline;

import java.util.List;
import java.util.UUID;

/**
 * A section as readers see it.
 *
 * @param key the same in every version of the guideline, for comparing versions
 * @param text plain text; blank lines part its paragraphs
 */
public record SectionView(UUID id, UUID key, String heading, String text) {

  /** The text's paragraphs, each with its own line breaks kept. */
  public List<String> paragraphs() {
    return GuidelineText.paragraphs(text);
  }

  /** The paragraphs, each as its lines: shown with the writer's line breaks. */
  public List<List<String>> blocks() {
    return paragraphs().stream().map(p -> List.of(p.split("\n"))).toList();
  }
}
