package eu.pharos.helpline.cases;

import eu.pharos.helpline.ActionStatus;
import eu.pharos.helpline.CaseSummary;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.FollowUpView;
import eu.pharos.helpline.PlanActionView;
import eu.pharos.helpline.TimelineEntryView;
import eu.pharos.helpline.VictimSummary;
import eu.pharos.helpline.Victims;
import eu.pharos.platform.PersonalDataCipher;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Views of a case and of what belongs to it, unsealed for the caller. Audits nothing: the case work
 * that returns a view audits its read or its change.
 */
@Component
class CaseViews {

  private final TeamRepository teams;
  private final PlanActionRepository actions;
  private final FollowUpRepository followUps;
  private final TimelineRepository timeline;
  private final Victims victims;
  private final PersonalDataCipher cipher;

  CaseViews(
      TeamRepository teams,
      PlanActionRepository actions,
      FollowUpRepository followUps,
      TimelineRepository timeline,
      Victims victims,
      PersonalDataCipher cipher) {
    this.teams = teams;
    this.actions = actions;
    this.followUps = followUps;
    this.timeline = timeline;
    this.victims = victims;
    this.cipher = cipher;
  }

  Map<UUID, VictimSummary> victimSummaries(List<UUID> ids) {
    List<UUID> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
    if (distinct.isEmpty()) {
      return Map.of();
    }
    Map<UUID, VictimSummary> named = new HashMap<>();
    for (VictimSummary victim : victims.summaries(distinct)) {
      named.put(victim.id(), victim);
    }
    return named;
  }

  static CaseSummary summary(CaseRecord c, VictimSummary victim, LocalDate nextDue) {
    return new CaseSummary(
        c.id(),
        c.reference(),
        victim,
        c.status(),
        c.crimeType(),
        c.crossBorder(),
        c.leadAdvisorId(),
        c.openedAt(),
        c.closedAt(),
        c.lastActivityAt(),
        nextDue);
  }

  CaseView view(CaseRecord c) {
    VictimSummary victim =
        c.victimId() == null ? null : victimSummaries(List.of(c.victimId())).get(c.victimId());
    Set<UUID> team =
        teams.findByCaseId(c.id()).stream()
            .map(TeamMember::advisorId)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    List<PlanActionView> plan =
        actions.findByCaseIdOrderByCreatedAt(c.id()).stream()
            .map(this::actionView)
            .sorted(
                Comparator.comparing((PlanActionView a) -> a.status() != ActionStatus.OPEN)
                    .thenComparing(
                        PlanActionView::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(PlanActionView::createdAt))
            .toList();
    List<FollowUpView> due =
        followUps.findByCaseIdOrderByDueAt(c.id()).stream()
            .map(this::followUpView)
            .sorted(
                Comparator.comparing((FollowUpView f) -> f.status() != ActionStatus.OPEN)
                    .thenComparing(FollowUpView::dueAt))
            .toList();
    List<TimelineEntryView> entries =
        timeline.findByCaseIdOrderByOccurredAtDescIdDesc(c.id()).stream()
            .map(this::entryView)
            .toList();
    return new CaseView(
        c.id(),
        c.reference(),
        victim,
        c.status(),
        c.leadAdvisorId(),
        team,
        c.crime(cipher),
        c.crossBorder(),
        c.openedAt(),
        c.openedBy(),
        c.closedAt(),
        c.outcome(),
        c.closingNote(cipher),
        c.reopenedCount(),
        c.anonymisedAt(),
        plan,
        due,
        entries,
        c.lastActivityAt(),
        c.version());
  }

  PlanActionView actionView(PlanAction a) {
    return new PlanActionView(
        a.id(),
        a.caseId(),
        a.description(cipher),
        a.ownerId(),
        a.dueOn(),
        a.status(),
        a.createdAt(),
        a.completedAt(),
        a.version());
  }

  FollowUpView followUpView(FollowUp f) {
    return new FollowUpView(
        f.id(),
        f.caseId(),
        f.dueAt(),
        f.assigneeId(),
        f.note(cipher),
        f.status(),
        f.remindedAt(),
        f.doneAt(),
        f.version());
  }

  TimelineEntryView entryView(TimelineEntry e) {
    return new TimelineEntryView(
        e.id(),
        e.caseId(),
        e.kind(),
        e.text(cipher),
        e.fileId(),
        e.fileName(cipher),
        e.occurredAt(),
        e.authorId());
  }
}
