package eu.pharos.network;

import java.util.List;
import java.util.UUID;

/**
 * The capacity-building log: engagements the secretariat records in each country (visits,
 * workshops, pilot evaluations …) with their follow-up actions. Everything but {@link
 * #publicTimeline(String)} is for the secretariat and network administrators.
 */
public interface Engagements {

  /** Engagements, newest first; null filters match all. */
  List<EngagementView> list(String countryCode, EngagementKind kind);

  /**
   * @throws EngagementNotFound for an unknown id
   */
  EngagementView get(UUID id);

  /**
   * @throws InvalidEngagement with every problem of the details
   */
  EngagementView record(EngagementDetails details);

  /**
   * @throws InvalidEngagement with every problem of the details; nothing changes
   * @throws EngagementNotFound for an unknown id
   */
  EngagementView change(UUID id, EngagementDetails details);

  /**
   * @throws InvalidEngagement with every problem of the action
   */
  FollowUpActionView addAction(UUID engagementId, NewFollowUpAction action);

  /** Marks an action done or cancelled, or opens it again. */
  FollowUpActionView setActionStatus(UUID engagementId, UUID actionId, FollowUpStatus status);

  /** Open actions due before today, oldest due first. */
  List<FollowUpActionView> overdueActions();

  /** A country's engagements as the public may see them, newest first. Needs no sign-in. */
  List<PublicEngagementView> publicTimeline(String countryCode);
}
