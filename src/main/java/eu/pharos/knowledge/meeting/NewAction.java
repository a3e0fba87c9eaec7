package eu.pharos.knowledge.meeting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action agreed at a meeting.
 *
 * @param ownerUserId a person of the centre, or null when {@code ownerName} names someone else
 * @param dueOn may be null; never before the meeting's first day
 */
public record NewAction(String text, UUID ownerUserId, String ownerName, LocalDate dueOn) {}
