package eu.pharos.knowledge.guideline;

import java.util.List;
import java.util.UUID;

/**
 * A guideline with its sections and comments, and what the caller may do with it.
 *
 * @param previousId the adopted guideline this one continues, or null
 * @param successorId a newer guideline of the same series that continues this one, or null
 */
public record GuidelineView(
    GuidelineSummary guideline,
    UUID seriesId,
    UUID previousId,
    UUID successorId,
    List<SectionView> sections,
    List<CommentView> comments,
    Permissions may) {

  /** What the caller may do with the guideline now. */
  public record Permissions(
      boolean edit,
      boolean comment,
      boolean resolve,
      boolean submit,
      boolean withdraw,
      boolean adopt,
      boolean publish,
      boolean startNewVersion,
      boolean seeHistory) {}

  public UUID id() {
    return guideline.id();
  }

  public long version() {
    return guideline.version();
  }

  public List<CommentView> commentsOn(UUID sectionId) {
    return comments.stream().filter(c -> c.sectionId().equals(sectionId)).toList();
  }

  public List<CommentView> unresolved() {
    return comments.stream().filter(c -> !c.resolved()).toList();
  }

  public SectionView section(UUID sectionId) {
    return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst().orElse(null);
  }

  /** The heading of the section a comment is on, for lists of comments. */
  public String headingOf(UUID sectionId) {
    SectionView section = section(sectionId);
    return section == null ? "" : section.heading();
  }
}
