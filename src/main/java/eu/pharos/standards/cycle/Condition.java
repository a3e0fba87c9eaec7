package eu.pharos.standards.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A condition attached to an accreditation, met when the secretariat says so. */
@Entity
@Table(name = "standards_condition")
class Condition {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "decision_id", updatable = false)
  private Decision decision;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String text;

  private LocalDate dueOn;
  private Instant metAt;
  private UUID metBy;

  protected Condition() {}

  Condition(Decision decision, int position, String text, LocalDate dueOn) {
    this.id = UUID.randomUUID();
    this.decision = decision;
    this.position = position;
    this.text = text;
    this.dueOn = dueOn;
  }

  void met(Instant now, UUID by) {
    this.metAt = now;
    this.metBy = by;
  }

  UUID id() {
    return id;
  }

  int position() {
    return position;
  }

  String text() {
    return text;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  Instant metAt() {
    return metAt;
  }
}
