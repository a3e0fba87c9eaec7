package eu.pharos.knowledge.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A document in one language, whose uploaded versions follow one another. */
@Entity
@Table(name = "knowledge_document_language")
class LanguageVersion {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID documentId;

  @Column(nullable = false, updatable = false)
  private String language;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected LanguageVersion() {}

  LanguageVersion(UUID documentId, String language, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.documentId = documentId;
    this.language = language;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  void touched(Instant at) {
    this.updatedAt = at;
  }

  UUID id() {
    return id;
  }

  UUID documentId() {
    return documentId;
  }

  String language() {
    return language;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
