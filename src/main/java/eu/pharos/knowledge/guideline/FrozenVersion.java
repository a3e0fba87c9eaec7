package eu.pharos.knowledge.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A guideline's texts as they stood when it entered review or was adopted; never changed. */
@Entity
@Table(name = "knowledge_guideline_version")
class FrozenVersion {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID seriesId;

  @Column(nullable = false, updatable = false)
  private UUID guidelineId;

  @Column(nullable = false, updatable = false)
  private int versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private VersionReason reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private GuidelineKind kind;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private String summary;

  @Column(nullable = false, updatable = false)
  private String language;

  @Column(nullable = false, updatable = false)
  private Instant madeAt;

  @Column(updatable = false)
  private String madeByName;

  protected FrozenVersion() {}

  FrozenVersion(
      Guideline guideline, int number, VersionReason reason, String madeByName, Instant now) {
    this.id = UUID.randomUUID();
    this.seriesId = guideline.seriesId();
    this.guidelineId = guideline.id();
    this.versionNumber = number;
    this.reason = reason;
    this.kind = guideline.kind();
    this.title = guideline.title();
    this.summary = guideline.summary();
    this.language = guideline.language();
    this.madeAt = now;
    this.madeByName = madeByName;
  }

  UUID id() {
    return id;
  }

  int versionNumber() {
    return versionNumber;
  }

  VersionEntry entry() {
    return new VersionEntry(versionNumber, guidelineId, reason, title, madeAt, madeByName);
  }

  VersionView view(java.util.List<SectionView> sections) {
    return new VersionView(entry(), kind, summary, language, sections);
  }
}
