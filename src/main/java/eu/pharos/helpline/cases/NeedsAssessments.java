package eu.pharos.helpline.cases;

import static eu.pharos.helpline.cases.CaseWork.me;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.AssessmentDraft;
import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.AssessmentQuestion.Answer;
import eu.pharos.helpline.AssessmentStatus;
import eu.pharos.helpline.NeedsAssessmentView;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The needs assessments of a case: one draft at a time, saved as often as the advisor likes and
 * submitted once every question is answered.
 */
@Component
class NeedsAssessments {

  private final AssessmentRepository assessments;
  private final CaseRules rules;
  private final CaseCalendar calendar;
  private final PersonalDataCipher cipher;
  private final AuditLog audit;
  private final EntityManager entityManager;
  private final CaseWork work;

  NeedsAssessments(
      AssessmentRepository assessments,
      CaseRules rules,
      CaseCalendar calendar,
      PersonalDataCipher cipher,
      AuditLog audit,
      EntityManager entityManager,
      CaseWork work) {
    this.assessments = assessments;
    this.rules = rules;
    this.calendar = calendar;
    this.cipher = cipher;
    this.audit = audit;
    this.entityManager = entityManager;
    this.work = work;
  }

  NeedsAssessmentView save(UUID caseId, AssessmentDraft draft) {
    return assessmentView(saveDraft(caseId, draft));
  }

  /**
   * Saves the draft first and keeps it even when the submission is refused (the transaction of
   * {@link CaseService#submitAssessment} is not rolled back for {@link InvalidInput}): an advisor
   * who missed a question loses none of the answers they gave.
   */
  NeedsAssessmentView submit(UUID caseId, AssessmentDraft draft) {
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
    work.write(caseId, TimelineKind.ASSESSMENT_SUBMITTED, null, null, null, me, now);
    work.touch(caseId, now);
    entityManager.flush();
    work.audited(
        "helpline.case.assessment-submitted",
        caseId,
        "assessment " + assessment.id() + ", specific protection needs " + specific);
    return assessmentView(assessment);
  }

  private Assessment saveDraft(UUID caseId, AssessmentDraft draft) {
    Objects.requireNonNull(draft, "draft");
    CaseRecord record = work.find(caseId);
    work.requireOpen(record);
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
      work.write(caseId, TimelineKind.ASSESSMENT_STARTED, null, null, null, me, now);
    }
    assessment.saveDraft(draft.answers(), draft.measures(), summary, me, now, cipher);
    work.touch(caseId, now);
    entityManager.flush();
    work.audited("helpline.case.assessment-saved", caseId, "assessment " + assessment.id());
    return assessment;
  }

  List<NeedsAssessmentView> list(UUID caseId) {
    work.find(caseId);
    List<NeedsAssessmentView> views =
        assessments.findByCaseIdOrderByStartedAtDesc(caseId).stream()
            .map(this::assessmentView)
            .toList();
    audit.record(AuditRecord.access(CaseService.AUDIT_TYPE, caseId).detail("needs assessments"));
    return views;
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
}
