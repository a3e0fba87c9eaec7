package eu.pharos.network;

import java.time.LocalDate;

/**
 * The public part of an engagement, for a country's capacity-building timeline: what, when and who
 * hosted. Notes, outcomes, participants and follow-up actions stay internal.
 */
public record PublicEngagementView(
    EngagementKind kind, String title, String host, LocalDate startsOn, LocalDate endsOn) {}
