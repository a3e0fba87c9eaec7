package eu.pharos.standards.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The organisation's own rating of one indicator, with its narrative. One row per indicator, each
 * with its own version, so that colleagues rating different indicators at once never collide and
 * two rating the same one are told.
 */
@Entity
@Table(name = "standards_rating")
@IdClass(CycleIndicator.class)
class Rating {

  @Id private UUID cycleId;

  @Id private UUID indicatorId;

  private Integer rating;

  private String narrative;

  @Column(nullable = false)
  private Instant updatedAt;

  private UUID updatedBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected Rating() {}

  Rating(UUID cycleId, UUID indicatorId) {
    this.cycleId = cycleId;
    this.indicatorId = indicatorId;
  }

  void record(Integer rating, String narrative, Instant now, UUID by) {
    this.rating = rating;
    this.narrative = narrative == null || narrative.isBlank() ? null : narrative.strip();
    this.updatedAt = now;
    this.updatedBy = by;
  }

  boolean rated() {
    return rating != null;
  }

  UUID cycleId() {
    return cycleId;
  }

  UUID indicatorId() {
    return indicatorId;
  }

  Integer rating() {
    return rating;
  }

  String narrative() {
    return narrative;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  UUID updatedBy() {
    return updatedBy;
  }

  long rowVersion() {
    return rowVersion;
  }
}
