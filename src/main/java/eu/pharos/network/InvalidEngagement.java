package eu.pharos.network;

import java.util.List;

/**
 * An engagement or follow-up action that cannot be stored as given; nothing was changed. Each
 * problem names the field and the message key that explains it.
 */
public class InvalidEngagement extends RuntimeException {

  /** One reason, on one field of {@link EngagementDetails} or {@link NewFollowUpAction}. */
  public record Problem(String field, String messageKey) {}

  private final List<Problem> problems;

  public InvalidEngagement(List<Problem> problems) {
    super("Invalid engagement: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
