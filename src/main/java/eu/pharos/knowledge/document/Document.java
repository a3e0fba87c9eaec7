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

/** A document of a centre: its title and description, in one or more languages. */
@Entity
@Table(name = "knowledge_document")
class Document {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID centreId;

  private UUID folderId;

  @Column(nullable = false)
  private String title;

  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @Column(nullable = false)
  private boolean hidden;

  private String hiddenReason;

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

  protected Document() {}

  Document(
      UUID centreId,
      UUID folderId,
      String title,
      String description,
      Visibility visibility,
      UUID createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.centreId = centreId;
    this.folderId = folderId;
    this.title = title;
    this.description = description;
    this.visibility = visibility;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.updatedBy = createdBy;
    this.updatedAt = createdAt;
  }

  void touched(UUID by, Instant at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }

  void hide(String reason, UUID by, Instant at) {
    this.hidden = true;
    this.hiddenReason = reason;
    touched(by, at);
  }

  void show(UUID by, Instant at) {
    this.hidden = false;
    this.hiddenReason = null;
    touched(by, at);
  }

  UUID id() {
    return id;
  }

  UUID centreId() {
    return centreId;
  }

  UUID folderId() {
    return folderId;
  }

  String title() {
    return title;
  }

  String description() {
    return description;
  }

  Visibility visibility() {
    return visibility;
  }

  boolean hidden() {
    return hidden;
  }

  String hiddenReason() {
    return hiddenReason;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
