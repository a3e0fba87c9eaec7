package eu.pharos.helpline.cases;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.ActionStatus;
import eu.pharos.helpline.AssessmentDraft;
import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.AssessmentQuestion.Answer;
import eu.pharos.helpline.AssessmentStatus;
import eu.pharos.helpline.CaseClosed;
import eu.pharos.helpline.CaseList;
import eu.pharos.helpline.CaseNotFound;
import eu.pharos.helpline.CaseOpened;
import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.CaseQuery;
import eu.pharos.helpline.CaseReopened;
import eu.pharos.helpline.CaseSummary;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.FollowUpView;
import eu.pharos.helpline.NeedsAssessmentView;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.NewFollowUp;
import eu.pharos.helpline.NewPlanAction;
import eu.pharos.helpline.PlanActionView;
import eu.pharos.helpline.TimelineEntryView;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimSummary;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.helpline.internal.References;
import eu.pharos.platform.FileRejected;
import eu.pharos.platform.FileStore;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.platform.StoredFileView;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case work of the caller's organisation. Hibernate keeps every query within the organisation
 * ({@code @TenantId}); the list, in plain SQL, names it. Every read of a case is audited, every
 * change too, and every change writes the case's timeline and moves its latest activity on.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CaseService.CASE_WORK)
class CaseService implements Cases {

  static final String CASE_WORK = "hasAnyRole('ADVISOR', 'SUPERVISOR')";
  static final String AUDIT_TYPE = "helpline.case";
  private static final int AUDITED_IDS_PER_RECORD = 25;

  private final CaseRepository cases;
  private final TeamRepository teams;
  private final AssessmentRepository assessments;
  private final PlanActionRepository actions;
  private final FollowUpRepository followUps;
  private final TimelineRepository timeline;
  private final CaseSearch search;
  private final CaseRules rules;
  private final CaseCalendar calendar;
  private final References references;
  private final Victims victims;
  private final PersonalDataCipher cipher;
  private final FileStore files;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final EntityManager entityManager;

  CaseService(
      CaseRepository cases,
      TeamRepository teams,
      AssessmentRepository assessments,
      PlanActionRepository actions,
      FollowUpRepository followUps,
      TimelineRepository timeline,
      CaseSearch search,
      CaseRules rules,
      CaseCalendar calendar,
      References references,
      Victims victims,
      PersonalDataCipher cipher,
      FileStore files,
      AuditLog audit,
      ApplicationEventPublisher events,
      EntityManager entityManager) {
    this.cases = cases;
    this.teams = teams;
    this.assessments = assessments;
    this.actions = actions;
    this.followUps = followUps;
    this.timeline = timeline;
    this.search = search;
    this.rules = rules;
    this.calendar = calendar;
    this.references = references;
    this.victims = victims;
    this.cipher = cipher;
    this.files = files;
    this.audit = audit;
    this.events = events;
    this.entityManager = entityManager;
  }

  // --- Opening and reading ---------------------------------------------------------------------

  @Override
  @Transactional
  public CaseView open(NewCase newCase) {
    Objects.requireNonNull(newCase, "newCase");
    UUID me = me();
    Instant now = calendar.now();
    LocalDate today = calendar.today();
    List<Problem> problems = new ArrayList<>();
    CrimeDetails crime = rules.crime(newCase.crime(), today, today, problems);
    UUID lead = newCase.leadAdvisorId() == null ? me : newCase.leadAdvisorId();
    rules.advisors(List.of(lead), "leadAdvisorId", problems);
    Set<UUID> team = new LinkedHashSet<>(newCase.team());
    team.remove(lead);
    rules.advisors(team, "team", problems);

    VictimView victim;
    if (newCase.victimId() != null) {
      victim = victims.get(newCase.victimId());
      if (victim.erased()) {
        problems.add(Problem.of("victimId", "helpline.cases.error.victim.erased"));
      }
    } else if (!problems.isEmpty()) {
      // The victim is registered only with a case to open: first the case's own problems.
      throw new InvalidInput(problems);
    } else {
      VictimDetails details =
          newCase.newVictim() == null ? VictimDetails.unnamed() : newCase.newVictim();
      try {
        victim = victims.register(details);
      } catch (InvalidInput invalid) {
        throw prefixed(invalid, "newVictim.");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (crime.residenceCountry() == null && victim.details().residenceCountry() != null) {
      crime =
          new CrimeDetails(
              crime.crimeType(),
              crime.crimeDate(),
              crime.place(),
              crime.crimeCountry(),
              victim.details().residenceCountry().toUpperCase(Locale.ROOT),
              crime.summary());
    }

    UUID id = UUID.randomUUID();
    String reference = references.nextCaseReference();
    CaseRecord record = new CaseRecord(id, reference, victim.id(), lead, crime, me, now, cipher);
    entityManager.persist(record);
    for (UUID advisor : team) {
      entityManager.persist(new TeamMember(id, advisor, now));
    }
    write(id, TimelineKind.OPENED, null, null, null, me, now);
    entityManager.flush();
    events.publishEvent(
        new CaseOpened(
            id,
            TenantContext.current(),
            crime.crimeType(),
            crime.crossBorder(),
            record.openedAt()));
    audited("helpline.case.opened", id, reference);
    return view(record);
  }

  @Override
  public CaseView get(UUID id) {
    CaseRecord record = find(id);
    audit.record(AuditRecord.access(AUDIT_TYPE, id));
    return view(record);
  }

  @Override
  public CaseList list(CaseQuery query) {
    // The victims found by the text, the victims named and the cases listed: one audit commit.
    try (var gathering = audit.gather()) {
      return listAudited(query);
    }
  }

  private CaseList listAudited(CaseQuery query) {
    List<Problem> problems = new ArrayList<>();
    if (query.page() < 0) {
      problems.add(Problem.of("page", "helpline.cases.error.page"));
    }
    if (query.size() < 1 || query.size() > 100) {
      problems.add(Problem.of("size", "helpline.cases.error.size", 1, 100));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    UUID organisation = TenantContext.current();
    String text = CaseRules.blankToNull(query.text());
    String reference = null;
    Set<UUID> victimIds = new LinkedHashSet<>();
    // Victims the text found, already read (and audited) by the search: not read again to name
    // them.
    Map<UUID, VictimSummary> found = new HashMap<>();
    if (text != null) {
      if (text.length() > 200) {
        throw InvalidInput.of("text", "helpline.cases.error.too-long", 200);
      }
      reference = CaseSearch.normalisedReference(text);
      if (reference != null) {
        victimIds.addAll(search.victimsWithReference(organisation, reference));
      } else {
        for (VictimSummary victim : victims.find(text)) {
          victimIds.add(victim.id());
          found.put(victim.id(), victim);
        }
      }
    }
    CaseSearch.Page page = search.search(organisation, query, reference, victimIds, text != null);
    List<CaseSearch.Row> rows = page.rows();
    Map<UUID, VictimSummary> named = new HashMap<>(found);
    named.putAll(
        victimSummaries(
            rows.stream()
                .map(CaseSearch.Row::victimId)
                .filter(id -> id != null && !found.containsKey(id))
                .toList()));
    Map<UUID, LocalDate> nextDue =
        search.nextDue(
            organisation, rows.stream().map(CaseSearch.Row::id).toList(), calendar.zone());
    List<CaseSummary> items =
        rows.stream()
            .map(
                row ->
                    new CaseSummary(
                        row.id(),
                        row.reference(),
                        row.victimId() == null ? null : named.get(row.victimId()),
                        row.status(),
                        row.crimeType(),
                        row.crossBorder(),
                        row.leadAdvisorId(),
                        row.openedAt(),
                        row.closedAt(),
                        row.lastActivityAt(),
                        nextDue.get(row.id())))
            .toList();
    auditList(items.stream().map(CaseSummary::id).toList());
    return new CaseList(items, page.total(), query.page(), query.size());
  }

  @Override
  public List<CaseSummary> ofVictim(UUID victimId) {
    try (var gathering = audit.gather()) {
      return ofVictimAudited(victimId);
    }
  }

  private List<CaseSummary> ofVictimAudited(UUID victimId) {
    List<CaseRecord> found = cases.findByVictimIdOrderByOpenedAtDesc(victimId);
    if (found.isEmpty()) {
      return List.of();
    }
    Map<UUID, VictimSummary> named = victimSummaries(List.of(victimId));
    Map<UUID, LocalDate> nextDue =
        search.nextDue(
            TenantContext.current(), found.stream().map(CaseRecord::id).toList(), calendar.zone());
    List<CaseSummary> summaries =
        found.stream().map(c -> summary(c, named.get(victimId), nextDue.get(c.id()))).toList();
    auditList(summaries.stream().map(CaseSummary::id).toList());
    return summaries;
  }

  // --- Changing the case itself ----------------------------------------------------------------

  @Override
  @Transactional
  public CaseView changeDetails(UUID id, CrimeDetails crime, long expectedVersion) {
    CaseRecord record = find(id);
    requireOpen(record);
    requireVersion(record, expectedVersion);
    List<Problem> problems = new ArrayList<>();
    CrimeDetails checked = rules.crime(crime, latestCrimeDay(record), calendar.today(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    CrimeDetails before = record.crime(cipher);
    if (before.equals(checked)) {
      return view(record);
    }
    Instant now = calendar.now();
    record.changeCrime(checked, now, cipher);
    write(id, TimelineKind.DETAILS_CHANGED, null, null, null, me(), now);
    entityManager.flush();
    audited("helpline.case.details-changed", id, "fields " + changedFields(before, checked));
    return view(record);
  }

  @Override
  @Transactional
  public CaseView changeTeam(UUID id, UUID leadAdvisorId, Set<UUID> team, long expectedVersion) {
    CaseRecord record = find(id);
    requireOpen(record);
    requireVersion(record, expectedVersion);
    UUID lead = leadAdvisorId == null ? record.leadAdvisorId() : leadAdvisorId;
    Set<UUID> wanted = new LinkedHashSet<>(team == null ? Set.of() : team);
    wanted.remove(lead);
    List<Problem> problems = new ArrayList<>();
    if (lead == null) {
      problems.add(Problem.of("leadAdvisorId", "helpline.cases.error.lead.required"));
    } else if (!lead.equals(record.leadAdvisorId())) {
      rules.advisors(List.of(lead), "leadAdvisorId", problems);
    }
    List<TeamMember> current = teams.findByCaseId(id);
    Set<UUID> currentIds = current.stream().map(TeamMember::advisorId).collect(Collectors.toSet());
    Set<UUID> added = new LinkedHashSet<>(wanted);
    added.removeAll(currentIds);
    rules.advisors(added, "team", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    boolean leadChanged = !Objects.equals(lead, record.leadAdvisorId());
    if (!leadChanged && added.isEmpty() && wanted.containsAll(currentIds)) {
      return view(record);
    }
    Instant now = calendar.now();
    for (TeamMember member : current) {
      if (!wanted.contains(member.advisorId())) {
        teams.delete(member);
      }
    }
    for (UUID advisor : added) {
      entityManager.persist(new TeamMember(id, advisor, now));
    }
    if (leadChanged) {
      record.changeLead(lead, now);
    } else {
      record.teamChanged(now);
    }
    write(id, TimelineKind.TEAM_CHANGED, null, null, null, me(), now);
    entityManager.flush();
    audited("helpline.case.team-changed", id, "lead " + lead + ", team of " + wanted.size());
    return view(record);
  }

  @Override
  @Transactional
  public CaseView close(UUID id, CaseOutcome outcome, String closingNote, long expectedVersion) {
    CaseRecord record = find(id);
    if (record.isAnonymised()) {
      throw InvalidInput.of(null, "helpline.cases.error.anonymised");
    }
    if (!record.isOpen()) {
      throw InvalidInput.of(null, "helpline.cases.error.already-closed");
    }
    requireVersion(record, expectedVersion);
    List<Problem> problems = new ArrayList<>();
    if (outcome == null) {
      problems.add(Problem.of("outcome", "helpline.cases.error.outcome.required"));
    }
    String note = rules.text(closingNote, CaseRules.TEXT_MAX, "closingNote", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = calendar.now();
    UUID me = me();
    record.close(outcome, note, me, now, cipher);
    write(id, TimelineKind.CLOSED, note, null, null, me, now);
    entityManager.flush();
    events.publishEvent(
        new CaseClosed(
            id,
            TenantContext.current(),
            record.crimeType(),
            record.crossBorder(),
            outcome,
            record.openedAt(),
            now));
    audited("helpline.case.closed", id, "outcome " + outcome);
    return view(record);
  }

  @Override
  @Transactional
  public CaseView reopen(UUID id, String reason) {
    CaseRecord record = find(id);
    if (record.isAnonymised()) {
      throw InvalidInput.of(null, "helpline.cases.error.anonymised");
    }
    if (record.isOpen()) {
      throw InvalidInput.of(null, "helpline.cases.error.reopen.not-closed");
    }
    List<Problem> problems = new ArrayList<>();
    String why =
        rules.required(
            reason,
            CaseRules.REASON_MAX,
            "reason",
            "helpline.cases.error.reason.required",
            problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = calendar.now();
    record.reopen(now);
    write(id, TimelineKind.REOPENED, why, null, null, me(), now);
    entityManager.flush();
    events.publishEvent(new CaseReopened(id, TenantContext.current(), now));
    audited("helpline.case.reopened", id, "reopened " + record.reopenedCount() + " times");
    return view(record);
  }

  // --- Needs assessment --------------------------------------------------------------------------

  @Override
  @Transactional
  public NeedsAssessmentView saveAssessment(UUID caseId, AssessmentDraft draft) {
    return assessmentView(saveDraft(caseId, draft));
  }

  /**
   * Saves the draft first and keeps it even when the submission is refused: an advisor who missed a
   * question loses none of the answers they gave.
   */
  @Override
  @Transactional(noRollbackFor = InvalidInput.class)
  public NeedsAssessmentView submitAssessment(UUID caseId, AssessmentDraft draft) {
    Assessment assessment = saveDraft(caseId, draft);
    Map<AssessmentQuestion, Answer> answers = assessment.answers();
    List<Problem> unanswered = new ArrayList<>();
    for (AssessmentQuestion question : AssessmentQuestion.values()) {
      if (!answers.containsKey(question)) {
        unanswered.add(
            Problem.of(
                "answers." + question.name(),
                "helpline.cases.error.unanswered",
                new DefaultMessageSourceResolvable(question.messageKey())));
      }
    }
    if (!unanswered.isEmpty()) {
      throw new InvalidInput(unanswered);
    }
    boolean specific = ProtectionNeeds.specific(answers);
    Instant now = calendar.now();
    UUID me = me();
    assessment.submit(specific, me, now);
    write(caseId, TimelineKind.ASSESSMENT_SUBMITTED, null, null, null, me, now);
    cases.touch(caseId, now);
    entityManager.flush();
    audited(
        "helpline.case.assessment-submitted",
        caseId,
        "assessment " + assessment.id() + ", specific protection needs " + specific);
    return assessmentView(assessment);
  }

  private Assessment saveDraft(UUID caseId, AssessmentDraft draft) {
    Objects.requireNonNull(draft, "draft");
    CaseRecord record = find(caseId);
    requireOpen(record);
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<AssessmentQuestion, Answer> answer : draft.answers().entrySet()) {
      if (answer.getKey() == null
          || answer.getValue() == null
          || !answer.getKey().scale().answers().contains(answer.getValue())) {
        problems.add(
            Problem.of(
                "answers." + (answer.getKey() == null ? "" : answer.getKey().name()),
                "helpline.cases.error.answer.invalid"));
      }
    }
    String summary = rules.text(draft.summary(), CaseRules.TEXT_MAX, "summary", problems);
    Assessment assessment =
        assessments.findFirstByCaseIdAndStatus(caseId, AssessmentStatus.DRAFT).orElse(null);
    if (assessment != null && assessment.version() != draft.expectedVersion()) {
      throw new ConcurrentChange(assessment.version(), assessmentView(assessment));
    }
    if (assessment == null && draft.expectedVersion() != 0) {
      // The draft the advisor worked on was submitted by a colleague meanwhile.
      Assessment latest =
          assessments.findByCaseIdOrderByStartedAtDesc(caseId).stream().findFirst().orElse(null);
      if (latest != null) {
        throw new ConcurrentChange(latest.version(), assessmentView(latest));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = calendar.now();
    UUID me = me();
    if (assessment == null) {
      // Starting an assessment is on the timeline; saving the draft again is not, only submitting.
      assessment = new Assessment(caseId, me, now);
      entityManager.persist(assessment);
      write(caseId, TimelineKind.ASSESSMENT_STARTED, null, null, null, me, now);
    }
    assessment.saveDraft(draft.answers(), draft.measures(), summary, me, now, cipher);
    cases.touch(caseId, now);
    entityManager.flush();
    audited("helpline.case.assessment-saved", caseId, "assessment " + assessment.id());
    return assessment;
  }

  @Override
  public List<NeedsAssessmentView> assessments(UUID caseId) {
    find(caseId);
    List<NeedsAssessmentView> views =
        assessments.findByCaseIdOrderByStartedAtDesc(caseId).stream()
            .map(this::assessmentView)
            .toList();
    audit.record(AuditRecord.access(AUDIT_TYPE, caseId).detail("needs assessments"));
    return views;
  }

  // --- Support plan, follow-ups, timeline -------------------------------------------------------

  @Override
  @Transactional
  public PlanActionView addAction(UUID caseId, NewPlanAction action) {
    Objects.requireNonNull(action, "action");
    CaseRecord record = find(caseId);
    requireOpen(record);
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
    write(caseId, TimelineKind.ACTION_ADDED, description, null, null, me, now);
    cases.touch(caseId, now);
    entityManager.flush();
    audited("helpline.case.action-added", caseId, "action " + added.id());
    return actionView(added);
  }

  @Override
  @Transactional
  public PlanActionView setActionStatus(UUID caseId, UUID actionId, ActionStatus status) {
    CaseRecord record = find(caseId);
    PlanAction action =
        actions.findByIdAndCaseId(actionId, caseId).orElseThrow(() -> new CaseNotFound(caseId));
    requireOpen(record);
    if (status == null) {
      throw InvalidInput.of("status", "helpline.cases.error.status.required");
    }
    if (action.status() == status) {
      return actionView(action);
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
    write(caseId, kind, action.description(cipher), null, null, me, now);
    cases.touch(caseId, now);
    entityManager.flush();
    audited(
        "helpline.case.action-" + status.name().toLowerCase(Locale.ROOT),
        caseId,
        "action " + actionId);
    return actionView(action);
  }

  @Override
  @Transactional
  public FollowUpView scheduleFollowUp(UUID caseId, NewFollowUp followUp) {
    Objects.requireNonNull(followUp, "followUp");
    CaseRecord record = find(caseId);
    requireOpen(record);
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
    write(caseId, TimelineKind.FOLLOW_UP_SCHEDULED, note, null, null, me, now);
    cases.touch(caseId, now);
    entityManager.flush();
    audited("helpline.case.follow-up-scheduled", caseId, "follow-up " + scheduled.id());
    return followUpView(scheduled);
  }

  @Override
  @Transactional
  public FollowUpView completeFollowUp(UUID caseId, UUID followUpId) {
    CaseRecord record = find(caseId);
    FollowUp followUp =
        followUps.findByIdAndCaseId(followUpId, caseId).orElseThrow(() -> new CaseNotFound(caseId));
    requireOpen(record);
    if (followUp.status() != ActionStatus.OPEN) {
      throw InvalidInput.of(null, "helpline.cases.error.follow-up.done");
    }
    Instant now = calendar.now();
    UUID me = me();
    followUp.complete(me, now, cipher);
    write(caseId, TimelineKind.FOLLOW_UP_DONE, followUp.note(cipher), null, null, me, now);
    cases.touch(caseId, now);
    entityManager.flush();
    audited("helpline.case.follow-up-done", caseId, "follow-up " + followUpId);
    return followUpView(followUp);
  }

  @Override
  @Transactional
  public TimelineEntryView addNote(UUID caseId, String text) {
    CaseRecord record = find(caseId);
    requireOpen(record);
    List<Problem> problems = new ArrayList<>();
    String note =
        rules.required(
            text, CaseRules.TEXT_MAX, "text", "helpline.cases.error.note.required", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = calendar.now();
    TimelineEntry entry = write(caseId, TimelineKind.NOTE, note, null, null, me(), now);
    cases.touch(caseId, now);
    entityManager.flush();
    audited("helpline.case.note-added", caseId, "entry " + entry.id());
    return entryView(entry);
  }

  @Override
  @Transactional
  public TimelineEntryView attachDocument(UUID caseId, String fileName, InputStream content) {
    CaseRecord record = find(caseId);
    if (content == null) {
      throw FileRejected.empty();
    }
    try (content) {
      requireOpen(record);
      String name = documentName(fileName);
      // The file store keeps its name in plain text: it gets a neutral one with the same
      // extension, and the name the user gave is sealed in the timeline.
      StoredFileView stored = files.store(neutralName(name), content);
      Instant now = calendar.now();
      TimelineEntry entry =
          write(caseId, TimelineKind.DOCUMENT, null, stored.id(), name, me(), now);
      cases.touch(caseId, now);
      entityManager.flush();
      audited("helpline.case.document-attached", caseId, "entry " + entry.id());
      return entryView(entry);
    } catch (java.io.IOException closing) {
      throw new java.io.UncheckedIOException(closing);
    }
  }

  // --- Helpers -----------------------------------------------------------------------------------

  /** The last segment of what the user called the file, without control characters, shortened. */
  static String documentName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name =
        name.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString()
            .strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "document";
    }
    return name.length() > CaseRules.FILE_NAME_MAX
        ? name.substring(name.length() - CaseRules.FILE_NAME_MAX)
        : name;
  }

  /** "document" with the extension of the given name, if it has a short plain one. */
  static String neutralName(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return extension.matches("[a-z0-9]{1,10}") ? "document." + extension : "document";
  }

  CaseRecord find(UUID id) {
    if (id == null) {
      throw new CaseNotFound(null);
    }
    return cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
  }

  private void requireOpen(CaseRecord record) {
    if (record.isAnonymised()) {
      throw InvalidInput.of(null, "helpline.cases.error.anonymised");
    }
    if (!record.isOpen()) {
      throw InvalidInput.of(null, "helpline.cases.error.closed");
    }
  }

  /** Refuses a change made from an older version; the current case goes with the refusal. */
  private void requireVersion(CaseRecord record, long expectedVersion) {
    if (record.version() != expectedVersion) {
      audit.record(AuditRecord.access(AUDIT_TYPE, record.id()).detail("stale edit refused"));
      throw new ConcurrentChange(record.version(), view(record));
    }
  }

  /** The last day the crime may have happened: the case's first contact or opening. */
  private LocalDate latestCrimeDay(CaseRecord record) {
    Instant first = record.openedAt();
    Instant contact = search.firstContact(TenantContext.current(), record.id());
    if (contact != null && contact.isBefore(first)) {
      first = contact;
    }
    return calendar.dayOf(first);
  }

  private TimelineEntry write(
      UUID caseId,
      TimelineKind kind,
      String text,
      UUID fileId,
      String fileName,
      UUID author,
      Instant now) {
    TimelineEntry entry =
        new TimelineEntry(caseId, kind, text, fileId, fileName, author, now, cipher);
    entityManager.persist(entry);
    return entry;
  }

  private void audited(String action, UUID caseId, String detail) {
    audit.record(
        AuditRecord.of(action, AuditOutcome.SUCCESS).target(AUDIT_TYPE, caseId).detail(detail));
  }

  /** A list is one read per batch of cases shown, naming them by id. */
  private void auditList(List<UUID> ids) {
    for (int from = 0; from < ids.size(); from += AUDITED_IDS_PER_RECORD) {
      List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + AUDITED_IDS_PER_RECORD));
      audit.record(
          AuditRecord.access(AUDIT_TYPE, "list")
              .detail(batch.stream().map(UUID::toString).collect(Collectors.joining(" "))));
    }
  }

  private static InvalidInput prefixed(InvalidInput invalid, String prefix) {
    return new InvalidInput(
        invalid.problems().stream()
            .map(
                p ->
                    new Problem(
                        p.field() == null
                            ? prefix.substring(0, prefix.length() - 1)
                            : prefix + p.field(),
                        p.messageKey(),
                        p.arguments()))
            .toList());
  }

  private static List<String> changedFields(CrimeDetails before, CrimeDetails after) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(before.crimeType(), after.crimeType())) {
      changed.add("crimeType");
    }
    if (!Objects.equals(before.crimeDate(), after.crimeDate())) {
      changed.add("crimeDate");
    }
    if (!Objects.equals(before.place(), after.place())) {
      changed.add("place");
    }
    if (!Objects.equals(before.crimeCountry(), after.crimeCountry())) {
      changed.add("crimeCountry");
    }
    if (!Objects.equals(before.residenceCountry(), after.residenceCountry())) {
      changed.add("residenceCountry");
    }
    if (!Objects.equals(before.summary(), after.summary())) {
      changed.add("summary");
    }
    return changed;
  }

  private static UUID me() {
    return TenantContext.currentUser()
        .map(StaffUser::userId)
        .orElseThrow(() -> new IllegalStateException("case work needs a signed-in user"));
  }

  private Map<UUID, VictimSummary> victimSummaries(List<UUID> ids) {
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

  private static CaseSummary summary(CaseRecord c, VictimSummary victim, LocalDate nextDue) {
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

  private NeedsAssessmentView assessmentView(Assessment a) {
    return new NeedsAssessmentView(
        a.id(),
        a.caseId(),
        a.status(),
        a.answers(),
        a.measures(),
        a.summary(cipher),
        a.specificProtectionNeeds(),
        a.startedAt(),
        a.startedBy(),
        a.submittedAt(),
        a.submittedBy(),
        a.version());
  }

  private PlanActionView actionView(PlanAction a) {
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

  private FollowUpView followUpView(FollowUp f) {
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

  private TimelineEntryView entryView(TimelineEntry e) {
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
