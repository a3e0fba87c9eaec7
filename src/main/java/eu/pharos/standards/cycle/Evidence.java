package eu.pharos.standards.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Evidence for one indicator: a file stored in the assessed organisation's file store, or a link.
 */
@Entity
@Table(name = "standards_evidence")
class Evidence {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID cycleId;

  @Column(nullable = false, updatable = false)
  private UUID indicatorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private EvidenceKind kind;

  @Column(nullable = false)
  private String title;

  @Column(updatable = false)
  private UUID fileId;

  @Column(updatable = false)
  private String url;

  @Column(nullable = false, updatable = false)
  private Instant addedAt;

  @Column(updatable = false)
  private UUID addedBy;

  protected Evidence() {}

  private Evidence(
      UUID cycleId,
      UUID indicatorId,
      EvidenceKind kind,
      String title,
      UUID fileId,
      String url,
      Instant now,
      UUID by) {
    this.id = UUID.randomUUID();
    this.cycleId = cycleId;
    this.indicatorId = indicatorId;
    this.kind = kind;
    this.title = title;
    this.fileId = fileId;
    this.url = url;
    this.addedAt = now;
    this.addedBy = by;
  }

  static Evidence file(
      UUID cycleId, UUID indicatorId, String title, UUID fileId, Instant now, UUID by) {
    return new Evidence(cycleId, indicatorId, EvidenceKind.FILE, title, fileId, null, now, by);
  }

  static Evidence link(
      UUID cycleId, UUID indicatorId, String title, String url, Instant now, UUID by) {
    return new Evidence(cycleId, indicatorId, EvidenceKind.LINK, title, null, url, now, by);
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

  EvidenceKind kind() {
    return kind;
  }

  String title() {
    return title;
  }

  UUID fileId() {
    return fileId;
  }

  String url() {
    return url;
  }

  Instant addedAt() {
    return addedAt;
  }

  UUID addedBy() {
    return addedBy;
  }
}
