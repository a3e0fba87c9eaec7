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

/** An action of the improvement plan, linked to an indicator that was not fully met. */
@Entity
@Table(name = "standards_action")
class ImprovementAction {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID cycleId;

  @Column(nullable = false)
  private UUID indicatorId;

  @Column(nullable = false)
  private String description;

  private UUID ownerUserId;

  @Column(nullable = false)
  private String ownerName;

  @Column(nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionStatus status;

  private String completionEvidence;
  private Instant completedAt;
  private UUID completedBy;
  private LocalDate remindedBeforeOn;
  private LocalDate remindedOverdueOn;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(updatable = false)
  private UUID createdBy;

  @Column(nullable = false)
  private Instant updatedAt;

  private UUID updatedBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected ImprovementAction() {}

  ImprovementAction(
      UUID cycleId,
      UUID indicatorId,
      String description,
      UUID ownerUserId,
      String ownerName,
      LocalDate dueOn,
      Instant now,
      UUID by) {
    this.id = UUID.randomUUID();
    this.cycleId = cycleId;
    this.indicatorId = indicatorId;
    this.description = description;
    this.ownerUserId = ownerUserId;
    this.ownerName = ownerName;
    this.dueOn = dueOn;
    this.status = ActionStatus.OPEN;
    this.createdAt = now;
    this.createdBy = by;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  void edit(
      UUID indicatorId,
      String description,
      UUID ownerUserId,
      String ownerName,
      LocalDate dueOn,
      Instant now,
      UUID by) {
    if (!dueOn.equals(this.dueOn)) {
      remindedBeforeOn = null;
      remindedOverdueOn = null;
    }
    this.indicatorId = indicatorId;
    this.description = description;
    this.ownerUserId = ownerUserId;
    this.ownerName = ownerName;
    this.dueOn = dueOn;
    touch(now, by);
  }

  void start(Instant now, UUID by) {
    if (status != ActionStatus.OPEN) {
      throw InvalidInput.of(null, "standards.action.error.not-open");
    }
    status = ActionStatus.IN_PROGRESS;
    touch(now, by);
  }

  void complete(String evidence, Instant now, UUID by) {
    if (status == ActionStatus.DONE) {
      throw InvalidInput.of(null, "standards.action.error.done");
    }
    if (evidence == null || evidence.isBlank()) {
      throw InvalidInput.of("completionEvidence", "standards.action.error.evidence-required");
    }
    status = ActionStatus.DONE;
    completionEvidence = evidence.strip();
    completedAt = now;
    completedBy = by;
    touch(now, by);
  }

  void reopen(Instant now, UUID by) {
    if (status != ActionStatus.DONE) {
      throw InvalidInput.of(null, "standards.action.error.not-done");
    }
    status = ActionStatus.IN_PROGRESS;
    completedAt = null;
    completedBy = null;
    touch(now, by);
  }

  void remindedBefore(LocalDate on) {
    this.remindedBeforeOn = on;
  }

  void remindedOverdue(LocalDate on) {
    this.remindedOverdueOn = on;
  }

  boolean overdue(LocalDate today) {
    return status != ActionStatus.DONE && dueOn.isBefore(today);
  }

  private void touch(Instant now, UUID by) {
    this.updatedAt = now;
    this.updatedBy = by;
  }

  UUID id() {
    return id;
  }

  UUID cycleId() {
    return cycleId;
  }

  UUID indicatorId() {
    return indicatorId;
  }

  String description() {
    return description;
  }

  UUID ownerUserId() {
    return ownerUserId;
  }

  String ownerName() {
    return ownerName;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  ActionStatus status() {
    return status;
  }

  String completionEvidence() {
    return completionEvidence;
  }

  Instant completedAt() {
    return completedAt;
  }

  LocalDate remindedBeforeOn() {
    return remindedBeforeOn;
  }

  LocalDate remindedOverdueOn() {
    return remindedOverdueOn;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  long rowVersion() {
    return rowVersion;
  }
}
