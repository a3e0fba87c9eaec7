package eu.pharos.standards.cycle;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a member or the secretariat writes for an improvement action: the indicator it answers, what
 * will be done, who owns it (a member's staff user, or a name when the owner has no account) and by
 * when.
 */
public record PlanAction(
    UUID indicatorId, String description, UUID ownerUserId, String ownerName, LocalDate dueOn) {}
