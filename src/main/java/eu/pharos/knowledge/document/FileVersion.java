package eu.pharos.knowledge.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One uploaded file of a language version, with who uploaded it and why; never changed once made.
 * The text taken out of it is kept for search and the text preview.
 */
@Entity
@Table(name = "knowledge_document_version")
class FileVersion {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID languageId;

  @Column(nullable = false, updatable = false)
  private UUID documentId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, updatable = false)
  private UUID fileId;

  @Column(nullable = false, updatable = false)
  private String fileName;

  @Column(nullable = false, updatable = false)
  private String contentType;

  @Column(name = "file_size", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false)
  private UUID organisationId;

  @Column(updatable = false)
  private UUID uploaderId;

  @Column(updatable = false)
  private String uploaderName;

  @Column(updatable = false)
  private String changeNote;

  @Column(updatable = false)
  private String extractedText;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected FileVersion() {}

  FileVersion(
      LanguageVersion language,
      int number,
      StoredUpload upload,
      UUID organisationId,
      UUID uploaderId,
      String uploaderName,
      String changeNote,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.languageId = language.id();
    this.documentId = language.documentId();
    this.number = number;
    this.fileId = upload.file().id();
    this.fileName = upload.file().name();
    this.contentType = upload.file().contentType();
    this.size = upload.file().size();
    this.extractedText = upload.text();
    this.organisationId = organisationId;
    this.uploaderId = uploaderId;
    this.uploaderName = uploaderName;
    this.changeNote = changeNote;
    this.createdAt = createdAt;
  }

  UUID id() {
    return id;
  }

  UUID languageId() {
    return languageId;
  }

  UUID documentId() {
    return documentId;
  }

  int number() {
    return number;
  }

  UUID fileId() {
    return fileId;
  }

  String fileName() {
    return fileName;
  }

  String contentType() {
    return contentType;
  }

  long size() {
    return size;
  }

  String uploaderName() {
    return uploaderName;
  }

  String changeNote() {
    return changeNote;
  }

  String extractedText() {
    return extractedText;
  }

  Instant createdAt() {
    return createdAt;
  }
}
