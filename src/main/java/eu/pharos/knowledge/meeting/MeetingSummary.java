package eu.pharos.knowledge.meeting;

import eu.pharos.knowledge.centre.Visibility;
import java.time.Instant;
import java.util.UUID;

/** A meeting as lists show it. */
public record MeetingSummary(
    UUID id,
    String centreSlug,
    MeetingKind kind,
    String title,
    Instant startsAt,
    Instant endsAt,
    String city,
    boolean inPerson,
    boolean online,
    String hostName,
    Visibility visibility,
    boolean hasMinutes) {}
