package eu.pharos.helpline;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action of a case's support plan.
 *
 * @param ownerId an advisor of the organisation; null for the caller
 * @param dueOn null for no due date
 */
public record NewPlanAction(String description, UUID ownerId, LocalDate dueOn) {}
