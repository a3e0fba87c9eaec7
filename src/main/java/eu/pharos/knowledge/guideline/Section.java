package eu.pharos.knowledge.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A section of a guideline: a heading and plain text in paragraphs. */
@Entity
@Table(name = "knowledge_guideline_section")
class Section {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID guidelineId;

  @Column(nullable = false, updatable = false)
  private UUID sectionKey;

  @Column(nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private String heading;

  @Column(nullable = false)
  private String body;

  protected Section() {}

  Section(UUID guidelineId, UUID sectionKey, int sortOrder, String heading, String body) {
    this.id = UUID.randomUUID();
    this.guidelineId = guidelineId;
    this.sectionKey = sectionKey == null ? id : sectionKey;
    this.sortOrder = sortOrder;
    this.heading = heading;
    this.body = body;
  }

  void change(String heading, String body) {
    this.heading = heading;
    this.body = body;
  }

  void moveTo(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  UUID id() {
    return id;
  }

  UUID guidelineId() {
    return guidelineId;
  }

  UUID sectionKey() {
    return sectionKey;
  }

  int sortOrder() {
    return sortOrder;
  }

  String heading() {
    return heading;
  }

  String body() {
    return body;
  }

  SectionView view() {
    return new SectionView(id, sectionKey, heading, body);
  }
}
