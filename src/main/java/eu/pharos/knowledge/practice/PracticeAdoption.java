package eu.pharos.knowledge.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An organisation's request to adopt a practice, and its report of how it went. */
@Entity
@Table(name = "knowledge_practice_adoption")
class PracticeAdoption {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID practiceId;

  @Column(nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private String organisationName;

  @Column(nullable = false, updatable = false)
  private UUID requesterId;

  @Column(nullable = false, updatable = false)
  private String requesterName;

  @Column(updatable = false)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AdoptionStatus status;

  private String report;

  @Column(nullable = false, updatable = false)
  private Instant requestedAt;

  private Instant reportedAt;

  private UUID reportedBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected PracticeAdoption() {}

  PracticeAdoption(
      UUID practiceId,
      UUID organisationId,
      String organisationName,
      UUID requesterId,
      String requesterName,
      String note,
      Instant now) {
    this.id = UUID.randomUUID();
    this.practiceId = practiceId;
    this.organisationId = organisationId;
    this.organisationName = organisationName;
    this.requesterId = requesterId;
    this.requesterName = requesterName;
    this.note = note;
    this.status = AdoptionStatus.PLANNED;
    this.requestedAt = now;
  }

  void report(AdoptionStatus status, String report, Instant now, UUID by) {
    this.status = status;
    this.report = report;
    this.reportedAt = now;
    this.reportedBy = by;
  }

  UUID id() {
    return id;
  }

  UUID practiceId() {
    return practiceId;
  }

  UUID organisationId() {
    return organisationId;
  }

  String organisationName() {
    return organisationName;
  }

  AdoptionStatus status() {
    return status;
  }

  AdoptionView view() {
    return new AdoptionView(
        id,
        practiceId,
        organisationId,
        organisationName,
        requesterId,
        requesterName,
        note,
        status,
        report,
        requestedAt,
        reportedAt,
        rowVersion);
  }
}
