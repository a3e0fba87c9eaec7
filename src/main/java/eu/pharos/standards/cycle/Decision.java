package eu.pharos.standards.cycle;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The network's decision on a cycle. An accrediting decision has a validity period and a
 * certificate code anyone can verify; conditions say what the organisation must still do.
 */
@Entity
@Table(name = "standards_decision")
class Decision {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID cycleId;

  @Column(nullable = false, updatable = false)
  private UUID organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DecisionOutcome outcome;

  @Column(updatable = false)
  private LocalDate validFrom;

  @Column(updatable = false)
  private LocalDate validUntil;

  @Column(updatable = false)
  private String rationale;

  @Column(updatable = false)
  private String certificateCode;

  @Column(nullable = false, updatable = false)
  private Instant decidedAt;

  @Column(updatable = false)
  private UUID decidedBy;

  private Instant expiryRemindedAt;

  @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Condition> conditions = new ArrayList<>();

  protected Decision() {}

  Decision(
      UUID cycleId,
      UUID organisationId,
      DecisionOutcome outcome,
      LocalDate validFrom,
      LocalDate validUntil,
      String rationale,
      String certificateCode,
      Instant now,
      UUID by) {
    this.id = UUID.randomUUID();
    this.cycleId = cycleId;
    this.organisationId = organisationId;
    this.outcome = outcome;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.rationale = rationale;
    this.certificateCode = certificateCode;
    this.decidedAt = now;
    this.decidedBy = by;
  }

  Condition addCondition(String text, LocalDate dueOn) {
    Condition condition = new Condition(this, conditions.size() + 1, text, dueOn);
    conditions.add(condition);
    return condition;
  }

  void expiryReminded(Instant now) {
    this.expiryRemindedAt = now;
  }

  /** Whether the accreditation holds on {@code day}. */
  boolean validOn(LocalDate day) {
    return outcome.accredits()
        && validFrom != null
        && !day.isBefore(validFrom)
        && day.isBefore(validUntil.plusDays(1));
  }

  UUID id() {
    return id;
  }

  UUID cycleId() {
    return cycleId;
  }

  UUID organisationId() {
    return organisationId;
  }

  DecisionOutcome outcome() {
    return outcome;
  }

  LocalDate validFrom() {
    return validFrom;
  }

  LocalDate validUntil() {
    return validUntil;
  }

  String rationale() {
    return rationale;
  }

  String certificateCode() {
    return certificateCode;
  }

  Instant decidedAt() {
    return decidedAt;
  }

  UUID decidedBy() {
    return decidedBy;
  }

  Instant expiryRemindedAt() {
    return expiryRemindedAt;
  }

  List<Condition> conditions() {
    return conditions;
  }
}
