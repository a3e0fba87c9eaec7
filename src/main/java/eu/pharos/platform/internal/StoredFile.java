package eu.pharos.platform.internal;

import eu.pharos.platform.StoredFileView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The metadata of an uploaded file; its content lies under a path made from the id alone. */
@Entity
@Table(name = "platform_stored_file")
class StoredFile {

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(name = "original_name", nullable = false, updatable = false)
  private String originalName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected StoredFile() {}

  StoredFile(
      UUID id,
      UUID organisationId,
      String originalName,
      String contentType,
      long size,
      String sha256,
      Instant now) {
    this.id = id;
    this.organisationId = organisationId;
    this.originalName = originalName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.createdAt = now;
  }

  UUID id() {
    return id;
  }

  StoredFileView view() {
    return new StoredFileView(id, originalName, contentType, size, sha256, createdAt);
  }
}
