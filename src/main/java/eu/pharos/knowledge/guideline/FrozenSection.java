package eu.pharos.knowledge.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A section of a frozen version. */
@Entity
@Table(name = "knowledge_guideline_version_section")
class FrozenSection {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID versionId;

  @Column(nullable = false, updatable = false)
  private UUID sectionKey;

  @Column(nullable = false, updatable = false)
  private int sortOrder;

  @Column(nullable = false, updatable = false)
  private String heading;

  @Column(nullable = false, updatable = false)
  private String body;

  protected FrozenSection() {}

  FrozenSection(UUID versionId, Section section) {
    this.id = UUID.randomUUID();
    this.versionId = versionId;
    this.sectionKey = section.sectionKey();
    this.sortOrder = section.sortOrder();
    this.heading = section.heading();
    this.body = section.body();
  }

  SectionView view() {
    return new SectionView(id, sectionKey, heading, body);
  }
}
