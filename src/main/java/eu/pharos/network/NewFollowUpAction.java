package eu.pharos.network;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up action agreed at an engagement.
 *
 * @param ownerName who owns it (a person or an organisation), as free text; may be empty when an
 *     owner organisation is given
 * @param ownerOrganisationId the organisation of the network that owns it, if any
 */
public record NewFollowUpAction(
    String description, String ownerName, UUID ownerOrganisationId, LocalDate dueOn) {}
