package eu.pharos.helpline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A whole case as its team sees it; reading one is audited. An anonymised case keeps its categories
 * (crime type, countries, dates, outcome) and loses every free text and its victim.
 *
 * @param victim null once anonymised
 * @param crossBorder the crime happened in another country than the victim's residence
 */
public record CaseView(
    UUID id,
    String reference,
    VictimSummary victim,
    CaseStatus status,
    UUID leadAdvisorId,
    Set<UUID> team,
    CrimeDetails crime,
    boolean crossBorder,
    Instant openedAt,
    UUID openedBy,
    Instant closedAt,
    CaseOutcome outcome,
    String closingNote,
    int reopenedCount,
    Instant anonymisedAt,
    List<PlanActionView> plan,
    List<FollowUpView> followUps,
    List<TimelineEntryView> timeline,
    Instant lastActivityAt,
    long version) {}
