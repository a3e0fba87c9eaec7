package eu.pharos.knowledge.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's digest for every centre (centre null) or for one centre: how often (null: as for every
 * centre), and when the last digest covering it left.
 */
@Entity
@Table(name = "knowledge_digest")
class DigestSetting {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID userId;

  @Column(updatable = false)
  private UUID centreId;

  @Enumerated(EnumType.STRING)
  private DigestFrequency frequency;

  private Instant lastSentAt;

  protected DigestSetting() {}

  DigestSetting(UUID userId, UUID centreId) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.centreId = centreId;
  }

  UUID userId() {
    return userId;
  }

  UUID centreId() {
    return centreId;
  }

  DigestFrequency frequency() {
    return frequency;
  }

  Instant lastSentAt() {
    return lastSentAt;
  }

  void frequency(DigestFrequency frequency) {
    this.frequency = frequency;
  }

  void sent(Instant at) {
    this.lastSentAt = at;
  }
}
