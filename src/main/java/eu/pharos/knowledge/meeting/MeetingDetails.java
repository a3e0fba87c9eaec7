package eu.pharos.knowledge.meeting;

import eu.pharos.knowledge.centre.Visibility;
import java.time.Instant;
import java.util.UUID;

/**
 * A meeting as its organiser describes it. It takes place in person (a place, with its address and
 * city), online (a link), or both.
 *
 * @param visibility null for the default, the centre's members
 */
public record MeetingDetails(
    MeetingKind kind,
    String title,
    String description,
    Instant startsAt,
    Instant endsAt,
    String place,
    String address,
    String city,
    String onlineLink,
    UUID hostOrganisationId,
    Visibility visibility) {}
