package eu.pharos.helpline.cases;

import eu.pharos.helpline.ActionStatus;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds advisors of their case work, across every organisation: the assignee of a follow-up once
 * when it falls due, and the owner of an open plan action once a day while it is overdue (from
 * seven in the morning in the organisation's country). Only open cases remind. A notification names
 * the case by its reference and never holds a victim's data.
 */
@Service
class CaseReminders {

  static final String FOLLOW_UP_DUE = "helpline.cases.reminder.follow-up";
  static final String ACTION_OVERDUE = "helpline.cases.reminder.action";
  static final int MORNING = 7;

  private static final DateTimeFormatter DUE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final FollowUpRepository followUps;
  private final PlanActionRepository actions;
  private final CaseRepository cases;
  private final CaseCalendar calendar;
  private final Notifications notifications;
  private final TransactionTemplate transactions;

  CaseReminders(
      FollowUpRepository followUps,
      PlanActionRepository actions,
      CaseRepository cases,
      CaseCalendar calendar,
      Notifications notifications,
      TransactionTemplate transactions) {
    this.followUps = followUps;
    this.actions = actions;
    this.cases = cases;
    this.calendar = calendar;
    this.notifications = notifications;
    this.transactions = transactions;
  }

  /** Reminds the assignee of every follow-up due by {@code now}; returns how many. */
  int followUpsDue(Instant now) {
    return TenantContext.runAsSystem(
        () ->
            transactions.execute(
                status -> {
                  List<FollowUp> due =
                      followUps.findByStatusAndDueAtLessThanEqualAndRemindedAtIsNull(
                          ActionStatus.OPEN, now);
                  Map<UUID, CaseRecord> open =
                      openCases(due.stream().map(FollowUp::caseId).collect(Collectors.toSet()));
                  Map<UUID, ZoneId> zones = new HashMap<>();
                  int reminded = 0;
                  for (FollowUp followUp : due) {
                    CaseRecord record = open.get(followUp.caseId());
                    if (record == null || followUp.assigneeId() == null) {
                      continue;
                    }
                    ZoneId zone = zones.computeIfAbsent(record.organisationId(), calendar::zoneOf);
                    notifications.notify(
                        followUp.assigneeId(),
                        FOLLOW_UP_DUE,
                        List.of(record.reference(), DUE_AT.format(followUp.dueAt().atZone(zone))),
                        "/app/helpline/cases/" + record.id() + "#follow-ups");
                    followUp.reminded(now);
                    reminded++;
                  }
                  return reminded;
                }));
  }

  /** Reminds the owner of every overdue open plan action, once a day; returns how many. */
  int overdueActions(Instant now) {
    // The latest "today" anywhere: candidates first, each organisation's own day decides.
    LocalDate latestToday = now.atZone(ZoneOffset.MAX).toLocalDate();
    return TenantContext.runAsSystem(
        () ->
            transactions.execute(
                status -> {
                  List<PlanAction> candidates =
                      actions.findByStatusAndDueOnBefore(ActionStatus.OPEN, latestToday);
                  Map<UUID, CaseRecord> open =
                      openCases(
                          candidates.stream().map(PlanAction::caseId).collect(Collectors.toSet()));
                  Map<UUID, ZoneId> zones = new HashMap<>();
                  int reminded = 0;
                  for (PlanAction action : candidates) {
                    CaseRecord record = open.get(action.caseId());
                    if (record == null || action.ownerId() == null) {
                      continue;
                    }
                    ZoneId zone = zones.computeIfAbsent(record.organisationId(), calendar::zoneOf);
                    ZonedDateTime local = now.atZone(zone);
                    LocalDate today = local.toLocalDate();
                    if (local.getHour() < MORNING || !action.needsReminderOn(today)) {
                      continue;
                    }
                    notifications.notify(
                        action.ownerId(),
                        ACTION_OVERDUE,
                        List.of(record.reference(), action.dueOn().toString()),
                        "/app/helpline/cases/" + record.id() + "#plan");
                    action.remindedOn(today);
                    reminded++;
                  }
                  return reminded;
                }));
  }

  private Map<UUID, CaseRecord> openCases(Set<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return cases.findAllById(ids).stream()
        .filter(CaseRecord::isOpen)
        .filter(c -> !c.isAnonymised())
        .collect(Collectors.toMap(CaseRecord::id, Function.identity()));
  }
}
