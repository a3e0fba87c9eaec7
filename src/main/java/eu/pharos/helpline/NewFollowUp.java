package eu.pharos.helpline;

import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up: someone will contact the victim again at a given time; its assignee is reminded.
 *
 * @param assigneeId an advisor of the organisation; null for the caller
 */
public record NewFollowUp(Instant dueAt, UUID assigneeId, String note) {}
