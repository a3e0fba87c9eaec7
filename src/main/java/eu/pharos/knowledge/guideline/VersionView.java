package eu.pharos.knowledge.guideline;

import java.util.List;

/** A frozen version with its sections. */
public record VersionView(
    VersionEntry entry,
    GuidelineKind kind,
    String summary,
    String language,
    List<SectionView> sections) {}
