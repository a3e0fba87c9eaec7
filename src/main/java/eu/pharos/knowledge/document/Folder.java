package eu.pharos.knowledge.document;

import eu.pharos.knowledge.centre.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A folder of a centre's documents, at the top or within another top folder. Its visibility is what
 * documents put in it get unless their author chooses otherwise, and who may see the folder itself.
 */
@Entity
@Table(name = "knowledge_document_folder")
class Folder {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID centreId;

  @Column(updatable = false)
  private UUID parentId;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(updatable = false)
  private UUID createdBy;

  @Column(nullable = false)
  private Instant updatedAt;

  private UUID updatedBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected Folder() {}

  Folder(
      UUID centreId,
      UUID parentId,
      String name,
      Visibility visibility,
      UUID createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.centreId = centreId;
    this.parentId = parentId;
    this.name = name;
    this.visibility = visibility;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.updatedBy = createdBy;
    this.updatedAt = createdAt;
  }

  void rename(String name, UUID by, Instant at) {
    this.name = name;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  UUID id() {
    return id;
  }

  UUID centreId() {
    return centreId;
  }

  UUID parentId() {
    return parentId;
  }

  String name() {
    return name;
  }

  Visibility visibility() {
    return visibility;
  }
}
