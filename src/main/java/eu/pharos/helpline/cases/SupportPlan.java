package eu.pharos.helpline.cases;

import static eu.pharos.helpline.cases.CaseWork.me;

import eu.pharos.helpline.ActionStatus;
import eu.pharos.helpline.CaseNotFound;
import eu.pharos.helpline.FollowUpView;
import eu.pharos.helpline.NewFollowUp;
import eu.pharos.helpline.NewPlanAction;
import eu.pharos.helpline.PlanActionView;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The support plan of an open case: its actions, each with an owner, and its follow-ups, each with
 * an assignee. An action or follow-up of another case is "not found" as the case would be.
 */
@Component
class SupportPlan {

  private final PlanActionRepository actions;
  private final FollowUpRepository followUps;
  private final CaseRules rules;
  private final CaseCalendar calendar;
  private final PersonalDataCipher cipher;
  private final EntityManager entityManager;
  private final CaseWork work;
  private final CaseViews views;

  SupportPlan(
      PlanActionRepository actions,
      FollowUpRepository followUps,
      CaseRules rules,
      CaseCalendar calendar,
      PersonalDataCipher cipher,
      EntityManager entityManager,
      CaseWork work,
      CaseViews views) {
    this.actions = actions;
    this.followUps = followUps;
    this.rules = rules;
    this.calendar = calendar;
    this.cipher = cipher;
    this.entityManager = entityManager;
    this.work = work;
    this.views = views;
  }

  PlanActionView addAction(UUID caseId, NewPlanAction action) {
    Objects.requireNonNull(action, "action");
    CaseRecord record = work.find(caseId);
    work.requireOpen(record);
    UUID me = me();
    List<Problem> problems = new ArrayList<>();
    String description =
        rules.required(
            action.description(),
            CaseRules.DESCRIPTION_MAX,
            "description",
            "helpline.cases.error.description.required",
            problems);
    UUID owner = action.ownerId() == null ? me : action.ownerId();
    rules.advisors(List.of(owner), "ownerId", problems);
    if (action.dueOn() != null && action.dueOn().isBefore(calendar.today())) {
      problems.add(Problem.of("dueOn", "helpline.cases.error.due.past"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = calendar.now();
    PlanAction added = new PlanAction(caseId, description, owner, action.dueOn(), me, now, cipher);
    entityManager.persist(added);
    work.write(caseId, TimelineKind.ACTION_ADDED, description, null, null, me, now);
    work.touch(caseId, now);
    entityManager.flush();
    work.audited("helpline.case.action-added", caseId, "action " + added.id());
    return views.actionView(added);
  }

  PlanActionView setActionStatus(UUID caseId, UUID actionId, ActionStatus status) {
    CaseRecord record = work.find(caseId);
    PlanAction action =
        actions.findByIdAndCaseId(actionId, caseId).orElseThrow(() -> new CaseNotFound(caseId));
    work.requireOpen(record);
    if (status == null) {
      throw InvalidInput.of("status", "helpline.cases.error.status.required");
    }
    if (action.status() == status) {
      return views.actionView(action);
    }
    Instant now = calendar.now();
    UUID me = me();
    action.setStatus(status, me, now, cipher);
    TimelineKind kind =
        switch (status) {
          case DONE -> TimelineKind.ACTION_DONE;
          case CANCELLED -> TimelineKind.ACTION_CANCELLED;
          case OPEN -> TimelineKind.ACTION_REOPENED;
        };
    work.write(caseId, kind, action.description(cipher), null, null, me, now);
    work.touch(caseId, now);
    entityManager.flush();
    work.audited(
        "helpline.case.action-" + status.name().toLowerCase(Locale.ROOT),
        caseId,
        "action " + actionId);
    return views.actionView(action);
  }

  FollowUpView scheduleFollowUp(UUID caseId, NewFollowUp followUp) {
    Objects.requireNonNull(followUp, "followUp");
    CaseRecord record = work.find(caseId);
    work.requireOpen(record);
    UUID me = me();
    List<Problem> problems = new ArrayList<>();
    if (followUp.dueAt() == null) {
      problems.add(Problem.of("dueAt", "helpline.cases.error.due-at.required"));
    } else if (calendar.dayOf(followUp.dueAt()).isBefore(calendar.today())) {
      problems.add(Problem.of("dueAt", "helpline.cases.error.due.past"));
    }
    UUID assignee = followUp.assigneeId() == null ? me : followUp.assigneeId();
    rules.advisors(List.of(assignee), "assigneeId", problems);
    String note = rules.text(followUp.note(), CaseRules.FOLLOW_UP_NOTE_MAX, "note", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = calendar.now();
    FollowUp scheduled = new FollowUp(caseId, followUp.dueAt(), assignee, note, me, now, cipher);
    entityManager.persist(scheduled);
    work.write(caseId, TimelineKind.FOLLOW_UP_SCHEDULED, note, null, null, me, now);
    work.touch(caseId, now);
    entityManager.flush();
    work.audited("helpline.case.follow-up-scheduled", caseId, "follow-up " + scheduled.id());
    return views.followUpView(scheduled);
  }

  FollowUpView completeFollowUp(UUID caseId, UUID followUpId) {
    CaseRecord record = work.find(caseId);
    FollowUp followUp =
        followUps.findByIdAndCaseId(followUpId, caseId).orElseThrow(() -> new CaseNotFound(caseId));
    work.requireOpen(record);
    if (followUp.status() != ActionStatus.OPEN) {
      throw InvalidInput.of(null, "helpline.cases.error.follow-up.done");
    }
    Instant now = calendar.now();
    UUID me = me();
    followUp.complete(me, now, cipher);
    work.write(caseId, TimelineKind.FOLLOW_UP_DONE, followUp.note(cipher), null, null, me, now);
    work.touch(caseId, now);
    entityManager.flush();
    work.audited("helpline.case.follow-up-done", caseId, "follow-up " + followUpId);
    return views.followUpView(followUp);
  }
}
