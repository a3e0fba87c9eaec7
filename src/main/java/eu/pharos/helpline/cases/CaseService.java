package eu.pharos.helpline.cases;

import eu.pharos.helpline.ActionStatus;
import eu.pharos.helpline.AssessmentDraft;
import eu.pharos.helpline.CaseList;
import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.CaseQuery;
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
import eu.pharos.shared.InvalidInput;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case work of the caller's organisation. Hibernate keeps every query within the organisation
 * ({@code @TenantId}); the list, in plain SQL, names it. Every read of a case is audited, every
 * change too, and every change writes the case's timeline and moves its latest activity on.
 *
 * <p>The roles and the transactions are declared here, on the one bean the module offers; the work
 * itself is done, within them, by a class per concern: {@link CaseReading}, {@link CaseLifecycle},
 * {@link CaseChanges}, {@link NeedsAssessments}, {@link SupportPlan} and {@link CaseTimeline}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CaseService.CASE_WORK)
class CaseService implements Cases {

  static final String CASE_WORK = "hasAnyRole('ADVISOR', 'SUPERVISOR')";
  static final String AUDIT_TYPE = "helpline.case";

  private final CaseReading reading;
  private final CaseLifecycle lifecycle;
  private final CaseChanges changes;
  private final NeedsAssessments assessments;
  private final SupportPlan plan;
  private final CaseTimeline timeline;

  CaseService(
      CaseReading reading,
      CaseLifecycle lifecycle,
      CaseChanges changes,
      NeedsAssessments assessments,
      SupportPlan plan,
      CaseTimeline timeline) {
    this.reading = reading;
    this.lifecycle = lifecycle;
    this.changes = changes;
    this.assessments = assessments;
    this.plan = plan;
    this.timeline = timeline;
  }

  // --- Opening and reading ---------------------------------------------------------------------

  @Override
  @Transactional
  public CaseView open(NewCase newCase) {
    return lifecycle.open(newCase);
  }

  @Override
  public CaseView get(UUID id) {
    return reading.get(id);
  }

  /**
   * Plain SQL statements that each stand alone, so no transaction is opened for them: a list is
   * asked for more than anything else, and a read-only transaction costs a session, a begin and a
   * commit.
   */
  @Override
  @Transactional(propagation = Propagation.SUPPORTS)
  public CaseList list(CaseQuery query) {
    return reading.list(query);
  }

  @Override
  public List<CaseSummary> ofVictim(UUID victimId) {
    return reading.ofVictim(victimId);
  }

  // --- Changing the case itself ----------------------------------------------------------------

  @Override
  @Transactional
  public CaseView changeDetails(UUID id, CrimeDetails crime, long expectedVersion) {
    return changes.changeDetails(id, crime, expectedVersion);
  }

  @Override
  @Transactional
  public CaseView changeTeam(UUID id, UUID leadAdvisorId, Set<UUID> team, long expectedVersion) {
    return changes.changeTeam(id, leadAdvisorId, team, expectedVersion);
  }

  @Override
  @Transactional
  public CaseView close(UUID id, CaseOutcome outcome, String closingNote, long expectedVersion) {
    return lifecycle.close(id, outcome, closingNote, expectedVersion);
  }

  @Override
  @Transactional
  public CaseView reopen(UUID id, String reason) {
    return lifecycle.reopen(id, reason);
  }

  // --- Needs assessment --------------------------------------------------------------------------

  @Override
  @Transactional
  public NeedsAssessmentView saveAssessment(UUID caseId, AssessmentDraft draft) {
    return assessments.save(caseId, draft);
  }

  /**
   * Saves the draft first and keeps it even when the submission is refused: an advisor who missed a
   * question loses none of the answers they gave.
   */
  @Override
  @Transactional(noRollbackFor = InvalidInput.class)
  public NeedsAssessmentView submitAssessment(UUID caseId, AssessmentDraft draft) {
    return assessments.submit(caseId, draft);
  }

  @Override
  public List<NeedsAssessmentView> assessments(UUID caseId) {
    return assessments.list(caseId);
  }

  // --- Support plan, follow-ups, timeline -------------------------------------------------------

  @Override
  @Transactional
  public PlanActionView addAction(UUID caseId, NewPlanAction action) {
    return plan.addAction(caseId, action);
  }

  @Override
  @Transactional
  public PlanActionView setActionStatus(UUID caseId, UUID actionId, ActionStatus status) {
    return plan.setActionStatus(caseId, actionId, status);
  }

  @Override
  @Transactional
  public FollowUpView scheduleFollowUp(UUID caseId, NewFollowUp followUp) {
    return plan.scheduleFollowUp(caseId, followUp);
  }

  @Override
  @Transactional
  public FollowUpView completeFollowUp(UUID caseId, UUID followUpId) {
    return plan.completeFollowUp(caseId, followUpId);
  }

  @Override
  @Transactional
  public TimelineEntryView addNote(UUID caseId, String text) {
    return timeline.addNote(caseId, text);
  }

  @Override
  @Transactional
  public TimelineEntryView attachDocument(UUID caseId, String fileName, InputStream content) {
    return timeline.attachDocument(caseId, fileName, content);
  }
}
