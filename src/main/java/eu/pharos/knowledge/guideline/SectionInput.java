package eu.pharos.knowledge.guideline;

import java.util.UUID;

/**
 * A section as an editor sends it.
 *
 * @param id the section it changes, or null for a new one
 */
public record SectionInput(UUID id, String heading, String text) {}
