package eu.pharos.standards.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An evaluator assigned to a cycle; never one of the assessed organisation's own staff. */
@Entity
@Table(name = "standards_evaluator")
@IdClass(CycleUser.class)
class Evaluator {

  @Id private UUID cycleId;

  @Id private UUID userId;

  @Column(nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false)
  private boolean lead;

  @Column(nullable = false, updatable = false)
  private Instant assignedAt;

  @Column(updatable = false)
  private UUID assignedBy;

  protected Evaluator() {}

  Evaluator(UUID cycleId, UUID userId, UUID organisationId, boolean lead, Instant now, UUID by) {
    this.cycleId = cycleId;
    this.userId = userId;
    this.organisationId = organisationId;
    this.lead = lead;
    this.assignedAt = now;
    this.assignedBy = by;
  }

  UUID cycleId() {
    return cycleId;
  }

  UUID userId() {
    return userId;
  }

  UUID organisationId() {
    return organisationId;
  }

  boolean lead() {
    return lead;
  }

  Instant assignedAt() {
    return assignedAt;
  }
}
