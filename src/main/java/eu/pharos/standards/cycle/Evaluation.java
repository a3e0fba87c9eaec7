package eu.pharos.standards.cycle;

import eu.pharos.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The evaluation of a cycle: the technical visit and the evaluators' report. */
@Entity
@Table(name = "standards_evaluation")
class Evaluation {

  @Id private UUID cycleId;

  private LocalDate visitStartsOn;
  private LocalDate visitEndsOn;
  private String visitLocation;
  private String visitAgenda;
  private String peopleMet;
  private String reportSummary;
  private Instant reportCompletedAt;
  private UUID reportCompletedBy;

  @Column(nullable = false)
  private Instant updatedAt;

  private UUID updatedBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected Evaluation() {}

  Evaluation(UUID cycleId, Instant now, UUID by) {
    this.cycleId = cycleId;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  void planVisit(
      LocalDate startsOn,
      LocalDate endsOn,
      String location,
      String agenda,
      String peopleMet,
      Instant now,
      UUID by) {
    requireOpen();
    this.visitStartsOn = startsOn;
    this.visitEndsOn = endsOn;
    this.visitLocation = location;
    this.visitAgenda = agenda;
    this.peopleMet = peopleMet;
    touch(now, by);
  }

  void draftReport(String summary, Instant now, UUID by) {
    requireOpen();
    this.reportSummary = summary;
    touch(now, by);
  }

  void completeReport(Instant now, UUID by) {
    requireOpen();
    if (reportSummary == null || reportSummary.isBlank()) {
      throw InvalidInput.of("reportSummary", "standards.evaluation.error.summary-required");
    }
    this.reportCompletedAt = now;
    this.reportCompletedBy = by;
    touch(now, by);
  }

  boolean completed() {
    return reportCompletedAt != null;
  }

  void requireOpen() {
    if (completed()) {
      throw InvalidInput.of(null, "standards.evaluation.error.completed");
    }
  }

  private void touch(Instant now, UUID by) {
    this.updatedAt = now;
    this.updatedBy = by;
  }

  UUID cycleId() {
    return cycleId;
  }

  LocalDate visitStartsOn() {
    return visitStartsOn;
  }

  LocalDate visitEndsOn() {
    return visitEndsOn;
  }

  String visitLocation() {
    return visitLocation;
  }

  String visitAgenda() {
    return visitAgenda;
  }

  String peopleMet() {
    return peopleMet;
  }

  String reportSummary() {
    return reportSummary;
  }

  Instant reportCompletedAt() {
    return reportCompletedAt;
  }

  UUID reportCompletedBy() {
    return reportCompletedBy;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  long rowVersion() {
    return rowVersion;
  }
}
