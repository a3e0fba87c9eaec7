package eu.pharos.standards.cycle;

import eu.pharos.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One organisation's pass through the standards of one framework version. It guards its stage: each
 * step checks the stage it starts from, so a step taken twice or out of order is refused with a
 * message rather than recorded.
 */
@Entity
@Table(name = "standards_cycle")
class Cycle {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private UUID frameworkId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CycleStage stage;

  @Column(nullable = false)
  private boolean pilot;

  private LocalDate selfAssessmentDue;

  @Column(updatable = false)
  private UUID previousCycleId;

  @Column(nullable = false, updatable = false)
  private Instant openedAt;

  @Column(updatable = false)
  private UUID openedBy;

  private Instant submittedAt;
  private UUID submittedBy;
  private Instant evaluationStartedAt;
  private Instant reportedAt;
  private Instant decidedAt;
  private Instant closedAt;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected Cycle() {}

  Cycle(
      String reference,
      UUID organisationId,
      UUID frameworkId,
      LocalDate selfAssessmentDue,
      UUID previousCycleId,
      Instant now,
      UUID by) {
    this.id = UUID.randomUUID();
    this.reference = reference;
    this.organisationId = organisationId;
    this.frameworkId = frameworkId;
    this.stage = CycleStage.SELF_ASSESSMENT;
    this.selfAssessmentDue = selfAssessmentDue;
    this.previousCycleId = previousCycleId;
    this.openedAt = now;
    this.openedBy = by;
  }

  /** Refuses a step unless the cycle is at {@code expected}. */
  void require(CycleStage expected) {
    if (stage != expected) {
      throw InvalidInput.of(null, "standards.cycle.error.stage." + expected.name());
    }
  }

  void submit(Instant now, UUID by) {
    require(CycleStage.SELF_ASSESSMENT);
    stage = CycleStage.SUBMITTED;
    submittedAt = now;
    submittedBy = by;
  }

  /** The first evaluator's assignment starts the evaluation; later ones change nothing here. */
  void startEvaluation(Instant now) {
    if (stage == CycleStage.SUBMITTED) {
      stage = CycleStage.EVALUATION;
      evaluationStartedAt = now;
    } else if (stage != CycleStage.EVALUATION) {
      throw InvalidInput.of(null, "standards.cycle.error.stage.SUBMITTED");
    }
  }

  void reported(Instant now) {
    require(CycleStage.EVALUATION);
    stage = CycleStage.IMPROVEMENT;
    reportedAt = now;
  }

  void decided(Instant now) {
    require(CycleStage.IMPROVEMENT);
    stage = CycleStage.DECIDED;
    decidedAt = now;
  }

  void markPilot(boolean pilot) {
    this.pilot = pilot;
  }

  void dueBy(LocalDate selfAssessmentDue) {
    require(CycleStage.SELF_ASSESSMENT);
    this.selfAssessmentDue = selfAssessmentDue;
  }

  UUID id() {
    return id;
  }

  String reference() {
    return reference;
  }

  UUID organisationId() {
    return organisationId;
  }

  UUID frameworkId() {
    return frameworkId;
  }

  CycleStage stage() {
    return stage;
  }

  boolean pilot() {
    return pilot;
  }

  LocalDate selfAssessmentDue() {
    return selfAssessmentDue;
  }

  UUID previousCycleId() {
    return previousCycleId;
  }

  Instant openedAt() {
    return openedAt;
  }

  UUID openedBy() {
    return openedBy;
  }

  Instant submittedAt() {
    return submittedAt;
  }

  UUID submittedBy() {
    return submittedBy;
  }

  Instant evaluationStartedAt() {
    return evaluationStartedAt;
  }

  Instant reportedAt() {
    return reportedAt;
  }

  Instant decidedAt() {
    return decidedAt;
  }

  long rowVersion() {
    return rowVersion;
  }
}
