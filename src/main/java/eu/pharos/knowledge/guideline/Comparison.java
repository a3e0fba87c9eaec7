package eu.pharos.knowledge.guideline;

import java.util.List;

/** Two versions side by side, section by section. */
public record Comparison(VersionView from, VersionView to, List<Row> rows) {

  public enum Change {
    UNCHANGED,
    CHANGED,
    ADDED,
    REMOVED;

    public String messageKey() {
      return "knowledge.guideline.compare.change." + name();
    }
  }

  /** A section in either version or both; {@code before} or {@code after} is null when absent. */
  public record Row(Change change, SectionView before, SectionView after) {}
}
