package eu.pharos.knowledge.guideline;

/** What a guideline says of itself, apart from its sections. */
public record GuidelineDetails(GuidelineKind kind, String title, String summary, String language) {}
