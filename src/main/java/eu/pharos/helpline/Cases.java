package eu.pharos.helpline;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Cases of the caller's organisation: crime details, team, needs assessments, support plan,
 * follow-ups, timeline, closing and reopening. A case of another organisation is "not found",
 * whatever its id; every read of a case is audited. Changes that carry an expected version are
 * refused with {@link eu.pharos.shared.ConcurrentChange} when a colleague changed the case since.
 */
public interface Cases {

  /**
   * Opens a case and publishes {@link CaseOpened}.
   *
   * @throws eu.pharos.shared.InvalidInput for impossible dates, unknown countries, or advisors
   *     outside the organisation
   * @throws VictimNotFound for a victim id of another organisation
   */
  CaseView open(NewCase newCase);

  /**
   * @throws CaseNotFound for an unknown id or a case of another organisation
   */
  CaseView get(UUID id);

  CaseList list(CaseQuery query);

  /** The victim's cases, newest first. */
  List<CaseSummary> ofVictim(UUID victimId);

  CaseView changeDetails(UUID id, CrimeDetails crime, long expectedVersion);

  CaseView changeTeam(UUID id, UUID leadAdvisorId, Set<UUID> team, long expectedVersion);

  /** Saves the case's draft assessment, starting one when there is none. */
  NeedsAssessmentView saveAssessment(UUID caseId, AssessmentDraft draft);

  /**
   * Saves and submits the draft assessment.
   *
   * @throws eu.pharos.shared.InvalidInput naming every question left unanswered; the answers given
   *     are kept in the draft
   */
  NeedsAssessmentView submitAssessment(UUID caseId, AssessmentDraft draft);

  /** The case's assessments, newest first, the draft (if any) included. */
  List<NeedsAssessmentView> assessments(UUID caseId);

  PlanActionView addAction(UUID caseId, NewPlanAction action);

  PlanActionView setActionStatus(UUID caseId, UUID actionId, ActionStatus status);

  FollowUpView scheduleFollowUp(UUID caseId, NewFollowUp followUp);

  FollowUpView completeFollowUp(UUID caseId, UUID followUpId);

  TimelineEntryView addNote(UUID caseId, String text);

  /**
   * Attaches a document through the platform's file store (its type and size rules apply).
   *
   * @throws eu.pharos.platform.FileRejected for a forbidden type or a file over the limit
   */
  TimelineEntryView attachDocument(UUID caseId, String fileName, InputStream content);

  /**
   * Closes the case with its outcome and publishes {@link CaseClosed}.
   *
   * @throws eu.pharos.shared.InvalidInput when the case is already closed, or without an outcome
   */
  CaseView close(UUID id, CaseOutcome outcome, String closingNote, long expectedVersion);

  /**
   * Reopens a closed case and publishes {@link CaseReopened}.
   *
   * @throws eu.pharos.shared.InvalidInput when the case is open or anonymised, or without a reason
   */
  CaseView reopen(UUID id, String reason);
}
