package eu.pharos.knowledge.centre;

import java.time.Instant;

/**
 * A line of a centre's "what is new".
 *
 * @param kind what changed, such as {@code practice} or {@code guideline}
 * @param action what was done, such as {@code created} or {@code published}; the message {@code
 *     knowledge.activity.<kind>.<action>} says it
 */
public record ActivityView(
    String kind,
    String action,
    String title,
    String link,
    Visibility visibility,
    String actorName,
    Instant occurredAt) {

  public String messageKey() {
    return "knowledge.activity." + kind + "." + action;
  }
}
