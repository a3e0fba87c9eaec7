package eu.pharos.standards.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The evaluators' finding on one indicator, and the organisation's response to it. */
@Entity
@Table(name = "standards_finding")
@IdClass(CycleIndicator.class)
class Finding {

  @Id private UUID cycleId;

  @Id private UUID indicatorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FindingResult result;

  private String comment;
  private String evidenceReviewed;

  @Column(nullable = false)
  private Instant recordedAt;

  private UUID recordedBy;
  private String response;
  private Instant respondedAt;
  private UUID respondedBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected Finding() {}

  Finding(UUID cycleId, UUID indicatorId) {
    this.cycleId = cycleId;
    this.indicatorId = indicatorId;
  }

  void record(FindingResult result, String comment, String evidenceReviewed, Instant now, UUID by) {
    this.result = result;
    this.comment = comment;
    this.evidenceReviewed = evidenceReviewed;
    this.recordedAt = now;
    this.recordedBy = by;
  }

  void respond(String response, Instant now, UUID by) {
    this.response = response;
    this.respondedAt = now;
    this.respondedBy = by;
  }

  UUID cycleId() {
    return cycleId;
  }

  UUID indicatorId() {
    return indicatorId;
  }

  FindingResult result() {
    return result;
  }

  String comment() {
    return comment;
  }

  String evidenceReviewed() {
    return evidenceReviewed;
  }

  Instant recordedAt() {
    return recordedAt;
  }

  UUID recordedBy() {
    return recordedBy;
  }

  String response() {
    return response;
  }

  Instant respondedAt() {
    return respondedAt;
  }

  UUID respondedBy() {
    return respondedBy;
  }

  long rowVersion() {
    return rowVersion;
  }
}
