package eu.pharos.standards.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The indicator of a newer version that takes the place of an older one. */
@Entity
@Table(name = "standards_indicator_successor")
class IndicatorSuccessor {

  @Id private UUID indicatorId;

  @Column(nullable = false)
  private UUID successorId;

  @Column(nullable = false)
  private Instant mappedAt;

  private UUID mappedBy;

  protected IndicatorSuccessor() {}

  IndicatorSuccessor(UUID indicatorId, UUID successorId, Instant now, UUID by) {
    this.indicatorId = indicatorId;
    this.successorId = successorId;
    this.mappedAt = now;
    this.mappedBy = by;
  }

  void remap(UUID successorId, Instant now, UUID by) {
    this.successorId = successorId;
    this.mappedAt = now;
    this.mappedBy = by;
  }

  UUID indicatorId() {
    return indicatorId;
  }

  UUID successorId() {
    return successorId;
  }
}
