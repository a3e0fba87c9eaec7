package eu.pharos.knowledge.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file attached to a practice; the content is in platform.FileStore. */
@Entity
@Table(name = "knowledge_practice_attachment")
class PracticeAttachment {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID practiceId;

  @Column(nullable = false, updatable = false)
  private UUID fileId;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(nullable = false, updatable = false)
  private String contentType;

  @Column(nullable = false, updatable = false)
  private long size;

  @Column(updatable = false)
  private UUID addedBy;

  @Column(nullable = false, updatable = false)
  private Instant addedAt;

  protected PracticeAttachment() {}

  PracticeAttachment(
      UUID practiceId,
      UUID fileId,
      String name,
      String contentType,
      long size,
      UUID addedBy,
      Instant addedAt) {
    this.id = UUID.randomUUID();
    this.practiceId = practiceId;
    this.fileId = fileId;
    this.name = name;
    this.contentType = contentType;
    this.size = size;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  UUID id() {
    return id;
  }

  UUID practiceId() {
    return practiceId;
  }

  UUID fileId() {
    return fileId;
  }

  AttachmentView view() {
    return new AttachmentView(id, name, contentType, size, addedAt);
  }
}
