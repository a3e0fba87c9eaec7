package eu.pharos.chat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the start page shows: whether chat is open now (opening hours of the organisation's chat
 * service and at least one advisor available in the language), when it opens next, how many wait,
 * and the alternatives (the 116 006 line where the organisation runs one, 112 in danger, written
 * messaging, which is always open).
 */
public record ChatAvailability(
    UUID organisationId,
    String organisationName,
    boolean openNow,
    ZonedDateTime nextOpening,
    int waiting,
    Integer estimatedMinutes,
    List<String> languages,
    String helplineNumber,
    String emergencyNumber) {}
