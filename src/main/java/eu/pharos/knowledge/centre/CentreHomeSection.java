package eu.pharos.knowledge.centre;

import java.util.Locale;
import java.util.Map;

/**
 * A part of a centre's home that another part of the module fills: upcoming meetings, open drafts,
 * active discussions. The home asks each section for its model and renders the fragment it names.
 */
public interface CentreHomeSection {

  /** Where the section stands on the home: lower first. */
  int order();

  /** The Thymeleaf template that holds the fragment, such as {@code knowledge/meetings/parts}. */
  String template();

  /** The fragment's name within {@link #template()}. */
  String fragment();

  /**
   * The values the fragment reads, for a caller of {@code centre}'s standing. They join the home's
   * model, so their names must be unique across sections (prefix them with the section's kind).
   */
  Map<String, Object> model(CentreRef centre, Locale locale);
}
