package eu.pharos.helpline.cases;

import eu.pharos.helpline.TimelineKind;
import eu.pharos.platform.PersonalDataCipher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One entry of a case's timeline, written once. Its text and file name are sealed. */
@Entity
@Table(name = "helpline_timeline_entry")
class TimelineEntry {

  static final String TABLE = "helpline_timeline_entry";

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private TimelineKind kind;

  private String textSealed;
  private String keyId;

  @Column(updatable = false)
  private UUID fileId;

  private String fileNameSealed;

  @Column(nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(updatable = false)
  private UUID authorId;

  protected TimelineEntry() {}

  TimelineEntry(
      UUID caseId,
      TimelineKind kind,
      String text,
      UUID fileId,
      String fileName,
      UUID authorId,
      Instant now,
      PersonalDataCipher cipher) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.kind = kind;
    this.fileId = fileId;
    this.authorId = authorId;
    this.occurredAt = now;
    Sealer sealer = new Sealer(cipher, TABLE, id);
    this.textSealed = sealer.seal("text_sealed", text);
    this.fileNameSealed = sealer.seal("file_name_sealed", fileName);
    this.keyId = sealer.currentKeyId();
  }

  String text(PersonalDataCipher cipher) {
    return new Sealer(cipher, TABLE, id).open("text_sealed", textSealed);
  }

  String fileName(PersonalDataCipher cipher) {
    return new Sealer(cipher, TABLE, id).open("file_name_sealed", fileNameSealed);
  }

  UUID id() {
    return id;
  }

  UUID caseId() {
    return caseId;
  }

  TimelineKind kind() {
    return kind;
  }

  UUID fileId() {
    return fileId;
  }

  Instant occurredAt() {
    return occurredAt;
  }

  UUID authorId() {
    return authorId;
  }
}
