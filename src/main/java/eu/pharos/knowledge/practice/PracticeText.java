package eu.pharos.knowledge.practice;

/**
 * The text fields of a practice in one language: the original or a language version.
 *
 * @param language ISO 639-1 code
 */
public record PracticeText(
    String language,
    String title,
    String problem,
    String practice,
    String resources,
    String results) {}
